# Defining a class, creating instances and calling methods.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
    def as_tuple(self):
        return (self.x, self.y)
p = Point(1, 2)
q = p.moved(3, 4)
print(p.as_tuple(), q.as_tuple())
print(p.x, q.y)
p.x = 10
print(p.as_tuple())
p.z = 'new attribute'
print(p.z)
print(type(p).__name__, type(p) is Point)
