# lists built and changed while looping, and list() of iterators
result = []
for x in [3, 1, 2]:
    result.append(x * x)
print(result)
items = [1, 2, 3, 4, 5, 6]
evens = [x for x in items if x % 2 == 0]
items[:] = [x for x in items if x % 2]
print(items, evens)
stack = [1]
out = []
while stack:
    n = stack.pop()
    out.append(n)
    if n < 20:
        stack.append(n * 3)
print(out)
it = iter([1, 2, 3, 4])
next(it)
print(list(it), list(it))
print([[i * j for j in range(3)] for i in range(3)])
