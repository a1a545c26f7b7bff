# An abstract-base pattern using NotImplementedError.
class Shape:
    def area(self):
        raise NotImplementedError('subclass must implement area')
    def describe(self):
        return '%s with area %s' % (type(self).__name__, self.area())
class Square(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Square(4).describe())
try:
    Shape().describe()
except NotImplementedError as e:
    print('NotImplementedError', e.args)
print(issubclass(NotImplementedError, RuntimeError))
