# str.format fields: positional, keyword, index, attribute and conversion
class P:
    def __init__(self):
        self.x = 3
        self.name = "pt"
p = P()
print("{0}{1}{0}".format("a", "b"), "{a}-{b}".format(a=1, b=2), "{0}{k}".format(9, k=8))
print("{0[0]}{0[2]}".format("xyz"), "{0[1]}".format([5, 6]), "{d[key]}".format(d={"key": "v"}))
print("{0.x} {0.name} {p.x}".format(p, p=p), "{!r}".format("q"), "{!s}".format(1.5))
print("{0!r:>6}|{0!s:<6}|".format("ab"), "{:>{w}}".format(1, w=4))
print("{}{}{}".format(*"abc"), "{x}{y}".format(**{"x": 1, "y": 2}))
print("{0}".format([1, "a"]), "{}".format((1,)), "{}".format(True), "{:d}".format(True))
