from collections import namedtuple

P = namedtuple("P", "x y")
Q = namedtuple("Q", "a b")
print(P(1, 2) == (1, 2), (1, 2) == P(1, 2))
print(P(1, 2) == Q(1, 2), P(1, 2) != P(2, 1))
print(P(1, 2) < P(1, 3), P(2, 0) > (1, 9), P(1, 2) <= (1, 2))
print(hash(P(1, 2)) == hash((1, 2)), hash(P(1, 2)) == hash(Q(1, 2)))
d = {P(1, 2): "p"}
print(d[(1, 2)], d[Q(1, 2)])
s = {P(0, 0), (0, 0), Q(0, 0)}
print(len(s))
print(P(1, 2) in [(1, 2)], (5, 6) in {P(5, 6)})
