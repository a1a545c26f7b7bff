# Binary arithmetic special methods.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __truediv__(self, k):
        return Vec(self.x / k, self.y / k)
    def __floordiv__(self, k):
        return Vec(self.x // k, self.y // k)
    def __mod__(self, k):
        return Vec(self.x % k, self.y % k)
    def __pow__(self, k):
        return Vec(self.x ** k, self.y ** k)
    def __repr__(self):
        return 'Vec(%r, %r)' % (self.x, self.y)
a, b = Vec(1, 2), Vec(10, 20)
print(a + b, b - a, a * 3, b / 4, b // 3, b % 3, a ** 2)
print(a + b + a, (b - a) * 2)
try:
    a + 1
except AttributeError:
    print('AttributeError from __add__')
