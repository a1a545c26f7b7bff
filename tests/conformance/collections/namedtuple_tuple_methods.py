from collections import namedtuple

T = namedtuple("T", "a b c d")
t = T(1, 2, 1, 1)
print(t.count(1), t.index(2), t.index(1))
print(t[1:3], t[:0], t[::1])
print(type(t[1:3]).__name__, type(t + t).__name__, type(t * 2).__name__)
print(2 in t, 5 in t, 5 not in t)
print(list(reversed(t)))
print(t == T(1, 2, 1, 1), t == T(1, 2, 1, 2))
