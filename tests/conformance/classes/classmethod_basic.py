# classmethod receives the class, also when called on an instance or subclass.
class Counter:
    created = 0
    def __init__(self):
        type(self).created += 1
    @classmethod
    def make(cls):
        return cls()
    @classmethod
    def name(cls):
        return cls.__name__
class Sub(Counter):
    created = 0
Counter.make(); Counter.make(); Sub.make()
print(Counter.created, Sub.created)
print(Counter.name(), Sub.name(), Sub().name())
obj = Sub.make()
print(type(obj).__name__, Sub.created)
