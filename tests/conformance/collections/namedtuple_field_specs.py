from collections import namedtuple

# fields as a list, a tuple, a space-separated string and a generator of names
for spec in (["x", "y"], ("x", "y"), "x y", "  x   y  ", (n for n in ["x", "y"])):
    P = namedtuple("P", spec)
    p = P(1, 2)
    print(p, p.x, p.y)

# one field, many fields
One = namedtuple("One", "a")
print(One(5), One(5).a, len(One(5)))
Many = namedtuple("Many", "a b c d e f")
m = Many(*range(6))
print(m, m.f, m[-1])
