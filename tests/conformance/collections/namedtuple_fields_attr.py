from collections import namedtuple

T = namedtuple("T", "alpha beta")
if not hasattr(T, "_fields"):
    print("SKIP")
    raise SystemExit
print(T._fields, T(1, 2)._fields)
print(type(T._fields).__name__, len(T._fields))
E = namedtuple("E", "")
print(E._fields, E(), len(E()))
