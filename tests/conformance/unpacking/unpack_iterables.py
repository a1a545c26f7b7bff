# Any iterable can be unpacked: strings, ranges, generators, dict keys, sets.
a, b, c = 'abc'
print(a, b, c)
x, y = range(10, 12)
print(x, y)
def gen():
    yield 'g1'
    yield 'g2'
g1, g2 = gen()
print(g1, g2)
k, = {'key': 'value'}
print(k)
s1, s2 = sorted({3, 1})
print(s1, s2)
first, *rest = (i * i for i in range(4))
print(first, rest)
b1, b2 = b'hi'
print(b1, b2)
