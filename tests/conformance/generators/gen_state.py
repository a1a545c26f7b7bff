# Generator objects are independent and single-use.
def g():
    yield 1
    yield 2
a = g()
b = g()
print(next(a), next(a), next(b))
print(list(a), list(b))
def runner():
    gen = yield 'self'
    yield 'got %s' % type(gen).__name__
r = runner()
print(next(r))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError:
    print('ValueError: generator already executing')
