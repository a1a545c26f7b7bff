# Local, enclosing, global, builtin lookup order.
name = 'global'
def outer():
    name = 'enclosing'
    def inner():
        name = 'local'
        return name
    def inner2():
        return name
    return inner(), inner2()
print(outer())
def only_global():
    return name
print(only_global())
def builtin():
    return abs(-3)
print(builtin())
abs = lambda v: 'global abs'
print(builtin())
del abs
print(builtin())
