# Nested unpacking targets.
(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, z) = 'x', 'yz'
print(x, y, z)
((p, q), (r, s)) = [[1, 2], [3, 4]]
print(p, q, r, s)
(m, *n), o = [1, 2, 3], 4
print(m, n, o)
[(i, j), k] = [(5, 6), 7]
print(i, j, k)
data = [('ann', (30, 'nyc')), ('bob', (25, 'sf'))]
for name, (age, city) in data:
    print(name, age, city)
