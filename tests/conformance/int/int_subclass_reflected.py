# a subclass's reflected operator is tried before the int's own operator
class R(int):
    def __radd__(self, other):
        return "R.__radd__"
    def __rsub__(self, other):
        return "R.__rsub__"
    def __rmul__(self, other):
        return "R.__rmul__"
r = R(5)
try:
    print(1 + r)
except TypeError:
    print("SKIP")
    raise SystemExit
print(10 - r, 2 * r, r + 1, r - 1, r * 2)
class Q(int):
    def __radd__(self, other):
        return NotImplemented
print(1 + Q(2))
