# Rich comparisons, __eq__ without __hash__, __hash__ with __eq__, default identity semantics, __ne__, NotImplemented.
class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return isinstance(o, K) and self.v == o.v

    def __lt__(self, o):
        return self.v < o.v

    def __le__(self, o):
        return self.v <= o.v

    def __gt__(self, o):
        return self.v > o.v

    def __ge__(self, o):
        return self.v >= o.v

    def __repr__(self):
        return "K(%d)" % self.v


a, b, c = K(1), K(2), K(1)
print(a == c, a != c, a == b, a != b, a == 1, a != 1)
print(a < b, b < a, a <= c, b > a, a >= b)
print(sorted([K(3), K(1), K(2)]))
print(max([K(3), K(5), K(2)]), min(K(3), K(1)))
print(K(1) in [K(2), K(1)], [K(1), K(1)].count(K(1)), [K(3), K(4)].index(K(4)))
try:
    hash(a)
except TypeError:
    print("unhashable")


class H:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return self.v == o.v

    def __hash__(self):
        return hash(self.v)


d = {H(1): "one", H(2): "two"}
print(d[H(1)], d[H(2)], len({H(1), H(1), H(2)}))


class Plain:
    pass


p = Plain()
print(p == p, p != p, p == Plain(), hash(p) == hash(p))
s = {p}
print(p in s)


class NeOnly:
    def __ne__(self, o):
        return "custom ne"


print(NeOnly() != 1)


class NotImpl:
    def __eq__(self, o):
        return NotImplemented


n = NotImpl()
print(n == n, n == 1)
