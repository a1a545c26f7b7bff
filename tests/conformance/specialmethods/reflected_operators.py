# __radd__ and friends are used when the left operand does not support the operation.
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)
    def __radd__(self, other):
        return Money(self.cents + other)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __rmul__(self, other):
        return Money(self.cents * other)
    def __repr__(self):
        return 'Money(%d)' % self.cents
m = Money(150)
print(m + 50, 50 + m, m + m)
print(1000 - m, 3 * m)
print(sum([Money(1), Money(2), Money(3)]))
print(sum([Money(5)], 100))
