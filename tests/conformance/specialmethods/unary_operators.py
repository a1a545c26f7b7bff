# __neg__, __pos__, __invert__ and __abs__.
class N:
    def __init__(self, v):
        self.v = v
    def __neg__(self):
        return N(-self.v)
    def __pos__(self):
        return N(self.v + 1000)
    def __invert__(self):
        return 'inverted %d' % self.v
    def __abs__(self):
        return N(abs(self.v))
    def __repr__(self):
        return 'N(%d)' % self.v
n = N(5)
print(-n, +n, ~n, abs(N(-7)), -(-n))
try:
    -object()
except TypeError:
    print('TypeError unary minus on object')
