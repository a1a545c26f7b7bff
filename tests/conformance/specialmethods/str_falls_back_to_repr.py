# Without __str__, str() and print() use __repr__.
class R:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return 'R(%r)' % self.v
r = R('x')
print(r, str(r), repr(r))
print([R(1), R('two')])
print('value: ' + str(R(3)))
class Child(R):
    pass
print(Child(5))
