# Decorators applied to classes.
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
def add_greeting(cls):
    cls.greet = lambda self: 'hello from ' + type(self).__name__
    return cls
@register
@add_greeting
class A:
    pass
@register
class B:
    pass
print(registry)
print(A().greet())
def replace(cls):
    return 'replaced'
@replace
class C:
    pass
print(C)
