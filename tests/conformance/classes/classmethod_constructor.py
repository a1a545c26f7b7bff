# Alternative constructors with classmethod.
class Date:
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
    @classmethod
    def from_string(cls, s):
        y, m, d = s.split('-')
        return cls(int(y), int(m), int(d))
    def __repr__(self):
        return '%s(%d, %d, %d)' % (type(self).__name__, self.y, self.m, self.d)
class MyDate(Date):
    pass
print(Date.from_string('2024-01-15'))
print(MyDate.from_string('1999-12-31'))
print(Date(1, 2, 3).from_string('2000-02-29'))
