# __eq__ and the derived behaviour of != and containment.
class V:
    def __init__(self, x):
        self.x = x
    def __eq__(self, other):
        return isinstance(other, V) and self.x == other.x
a, b, c = V(1), V(1), V(2)
print(a == b, a == c, a != b, a != c)
print(a == 1, 1 == a)
print(a in [c, b], [a, b, c].count(V(1)), [c, a].index(b))
class Ne(V):
    def __ne__(self, other):
        return 'custom ne'
print(Ne(1) != Ne(1))
