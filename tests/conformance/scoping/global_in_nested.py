# global inside a nested function refers to the module, skipping enclosing functions.
x = 'module'
def outer():
    x = 'outer'
    def inner():
        global x
        x = 'set by inner'
        return x
    r = inner()
    return r, x
print(outer())
print(x)
def outer2():
    def inner():
        return x
    x = 'enclosing'
    return inner()
print(outer2())
