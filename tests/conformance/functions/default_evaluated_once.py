# Default values are evaluated once, when the def statement runs.
counter = 0
def make_default():
    global counter
    counter += 1
    return counter
def f(x=make_default()):
    return x
print(f(), f(), counter)
value = 'first'
def g(v=value):
    return v
value = 'second'
print(g())
def h(a, b=[len('abc')]):
    return a + b[0]
print(h(1), h(2))
