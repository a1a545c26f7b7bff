# Duck typing and polymorphic method calls.
class Circle:
    def __init__(self, r):
        self.r = r
    def area(self):
        return 3 * self.r * self.r
class Rect:
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
class Text:
    def area(self):
        return 'n/a'
for shape in [Circle(2), Rect(3, 4), Text()]:
    print(type(shape).__name__, shape.area())
print(sum(s.area() for s in [Circle(1), Rect(1, 1)]))
