# a float subclass's reflected operator is tried before float's own operator
class G(float):
    def __radd__(self, other):
        return "G.__radd__"
    def __rtruediv__(self, other):
        return "G.__rtruediv__"
    def __rpow__(self, other):
        return "G.__rpow__"
g = G(1.0)
r = 2.0 + g
if r != "G.__radd__":
    print("SKIP")
    raise SystemExit
print(r, 2 + g, 1.0 / g, 3 / g, 2.0 ** g, g + 2.0, g / 2.0)
