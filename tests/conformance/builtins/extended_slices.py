# Extended slices on tuples and lists (reading, assigning, deleting), with CPython's semantics.
t = tuple(range(10))
print(t[::2], t[::-1], t[1:8:3], t[8:1:-2], t[::100], t[5:2])
l = list(range(10))
l[::2] = 'abcde'
print(l)
l = list(range(10))
l[8:1:-3] = [100, 200, 300]
print(l)
try:
    l[::2] = [1, 2]
except ValueError as e:
    print('ValueError', e)
l = list(range(10))
del l[::3]
print(l)
l = list(range(10))
del l[8:0:-2]
print(l)
l = list(range(10))
del l[::-1]
print(l)
l = list(range(5))
l[1:3] = range(7, 10)
print(l)
l[:] = l
print(l)
l[::-1] = l
print(l)
