# f-strings call __str__ and __repr__ of user objects.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f'Point({self.x}, {self.y})'
    def __str__(self):
        return f'({self.x}, {self.y})'
p = Point(1, 2)
print(f'{p}')
print(f'{p!r}')
print(f'{[p, p]}')
print(f'{p.x + p.y}')
class OnlyRepr:
    def __repr__(self):
        return 'OnlyRepr!'
print(f'{OnlyRepr()}')
