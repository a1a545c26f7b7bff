# __new__ creates the instance, __init__ initialises it.
class Traced:
    def __new__(cls, *args):
        print('__new__', cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, a, b):
        print('__init__', a, b)
        self.total = a + b
t = Traced(1, 2)
print(t.total)
class Sub(Traced):
    pass
s = Sub(3, 4)
print(type(s).__name__, s.total)
class Other:
    pass
class Factory:
    def __new__(cls):
        return Other()
    def __init__(self):
        print('not called: __new__ returned another type')
f = Factory()
print(type(f).__name__)
