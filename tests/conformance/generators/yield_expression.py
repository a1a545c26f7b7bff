# yield as an expression: its value is None unless send() is used.
def g():
    a = yield 'first'
    b = yield 'second a=%r' % (a,)
    yield 'third b=%r' % (b,)
print(list(g()))
gen = g()
print(next(gen))
print(gen.send(10))
print(gen.send(20))
def inline():
    x = (yield 1) + (yield 2)
    yield x
i = inline()
print(next(i), i.send(100), i.send(5))
def bare():
    yield
    yield
print(list(bare()))
