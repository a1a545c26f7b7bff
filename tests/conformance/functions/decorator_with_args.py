# Decorator factories taking arguments.
def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return 'hi ' + name
print(hello('bob'))
def tag(name):
    def deco(fn):
        def wrapper():
            return '<%s>%s</%s>' % (name, fn(), name)
        return wrapper
    return deco
@tag('b')
def text():
    return 'bold'
print(text())
registry = []
def register(kind):
    def deco(fn):
        registry.append((kind, fn.__name__))
        return fn
    return deco
@register('a')
def f1():
    pass
@register('b')
def f2():
    pass
print(registry)
