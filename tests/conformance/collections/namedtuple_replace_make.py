from collections import namedtuple

P = namedtuple("P", "x y z")
if not hasattr(P, "_replace") or not hasattr(P, "_make"):
    print("SKIP")
    raise SystemExit
p = P(1, 2, 3)
print(p._replace(x=10), p._replace(y=20, z=30), p._replace())
print(p)
print(P._make([4, 5, 6]), P._make(range(3)), P._make("abc"))
print(isinstance(P._make((1, 2, 3)), P))
try:
    p._replace(w=1)
except ValueError:
    print("ValueError")
try:
    P._make([1, 2])
except TypeError:
    print("TypeError")
