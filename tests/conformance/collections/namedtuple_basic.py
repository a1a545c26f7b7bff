from collections import namedtuple

T = namedtuple("Tup", ["foo", "bar"])
for t in T(1, 2), T(bar=1, foo=2):
    print(t)
    print(t[0], t[1])
    print(t.foo, t.bar)
    print(len(t), bool(t))
    print(t + t)
    print(t * 3)
    print([f for f in t])
    print(isinstance(t, tuple), isinstance(t, T))
print(T(3, bar=4))
