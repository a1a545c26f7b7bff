# Redefining a function name replaces the binding; old references keep the old function.
def f():
    return 'first'
old = f
def f():
    return 'second'
print(f(), old())
def caller():
    return f()
print(caller())
def f():
    return 'third'
print(caller())
f = lambda: 'lambda'
print(caller(), old())
