# What a for loop sees when the list changes under it (index-based iteration, as in CPython and MicroPython)
l = [1, 2, 3]
seen = []
for x in l:
    seen.append(x)
    if x == 1:
        l.append(4)
print(seen, l)
l = [1, 2, 3, 4, 5, 6]
seen = []
for x in l:
    seen.append(x)
    l.remove(x)
print(seen, l)
l = [0, 1, 2, 3]
seen = []
for x in l:
    seen.append(x)
    if len(l) > 2:
        l.pop()
print(seen, l)
l = [1, 2, 3]
for i, x in enumerate(l):
    l[i] = x * 10
print(l)
stack = [1, 2, 3]
out = []
while stack:
    v = stack.pop()
    out.append(v)
    if v == 3:
        stack.append(0)
print(out)
l = [5]
it = iter(l)
l.clear()
print(list(it))
