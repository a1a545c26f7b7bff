# Properties are inherited and can be overridden.
class Shape:
    @property
    def area(self):
        return 0
    @property
    def name(self):
        return type(self).__name__
class Square(Shape):
    def __init__(self, s):
        self.s = s
    @property
    def area(self):
        return self.s * self.s
class Circleish(Shape):
    pass
for shp in (Shape(), Square(3), Circleish()):
    print(shp.name, shp.area)
