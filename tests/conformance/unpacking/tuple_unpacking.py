# Unpacking tuples and other sequences into names.
a, b = 1, 2
print(a, b)
(c, d) = [3, 4]
print(c, d)
e, f, g = 'xyz'
print(e, f, g)
h, i = range(2)
print(h, i)
j, = [5]
print(j)
(k,) = (6,)
print(k)
l, m = {'only': 1, 'keys': 2} if False else ('p', 'q')
print(l, m)
n, o = iter([7, 8])
print(n, o)
