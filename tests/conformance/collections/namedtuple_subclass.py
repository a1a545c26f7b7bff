from collections import namedtuple


class Point(namedtuple("Point", "x y")):
    def norm2(self):
        return self.x * self.x + self.y * self.y

    def shifted(self, d):
        return Point(self.x + d, self.y + d)


p = Point(3, 4)
print(p.norm2(), p.x, p.y, p[0], len(p))
q = p.shifted(1)
print(q.x, q.y, q.norm2())
print(isinstance(p, tuple), p == (3, 4))
x, y = q
print(x, y)


class Labeled(namedtuple("Labeled", "label value")):
    def __str__(self):
        return "%s=%s" % (self.label, self.value)


print(str(Labeled("a", 1)), Labeled("b", 2).value)
