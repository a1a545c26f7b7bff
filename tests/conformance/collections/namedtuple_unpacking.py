from collections import namedtuple

Point = namedtuple("Point", "x y")
p = Point(3, 4)
x, y = p
print(x, y)
a, *rest = Point(1, [2, 3])
print(a, rest)


def add(a, b):
    return a + b


print(add(*p))
for i, v in enumerate(p):
    print(i, v)
print(list(p), tuple(p), sorted(Point(9, 1)))
print("%d-%d" % p)
print(max(p), min(p), sum(p))
