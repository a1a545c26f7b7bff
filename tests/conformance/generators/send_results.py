# generator.send through every kind of call: values, StopIteration with the return value, a finished or
# just-started generator, the method taken from the type, star arguments, exceptions and StopIteration inside a generator
def acc():
    total = 0
    while True:
        v = yield total
        if v is None:
            return total
        total += v
a = acc()
next(a)
print([a.send(i) for i in range(5)])
try:
    a.send(None)
except StopIteration as e:
    print('stop', e.value)
try:
    a.send(1)
except StopIteration as e:
    print('stop again', e.value)
b = acc()
try:
    b.send(3)
except TypeError:
    print('TypeError')
send = type(b).send
print(send(b, None), send(b, 4), type(b).send(b, 5))
args = (6,)
print(b.send(*args))
def gen_raises():
    x = yield 1
    raise ValueError(x)
g = gen_raises()
next(g)
try:
    g.send('v')
except ValueError as e:
    print('ValueError', e.args)
def outer():
    inner = acc()
    next(inner)
    inner.send(2)
    yield inner.send(None)
try:
    print(list(outer()))
except RuntimeError:
    print('RuntimeError')
def relay():
    r = yield from acc()
    yield r
r = relay()
next(r)
print(r.send(7), r.send(None))
