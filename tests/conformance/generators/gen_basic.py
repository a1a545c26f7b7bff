# A generator function produces values lazily.
def count(n):
    print('start')
    for i in range(n):
        print('yielding', i)
        yield i
    print('end')
g = count(2)
print('created')
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration:
    print('StopIteration')
print(list(count(3)))
