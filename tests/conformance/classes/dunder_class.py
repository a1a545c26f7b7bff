# __class__ and __name__ of instances and classes.
class Animal:
    def clone(self):
        return self.__class__()
    def cls_name(self):
        return self.__class__.__name__
class Dog(Animal):
    pass
d = Dog()
print(d.__class__ is Dog, d.cls_name(), d.clone().cls_name())
print(Dog.__name__, Animal.__name__)
print(type(d) is d.__class__, type(d).__name__)
print((1).__class__ is int, 'x'.__class__ is str, [].__class__.__name__)
