# Starred assignment targets collect the rest into a list.
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'abcd'
print(init, last)
a, *middle, z = range(6)
print(a, middle, z)
x, *empty, y = (1, 2)
print(x, empty, y)
*everything, = (5, 6)
print(everything)
[p, *q] = 'p'
print(p, q)
h, *t = iter([9, 8, 7])
print(h, t, type(t).__name__)
