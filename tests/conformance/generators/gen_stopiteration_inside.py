# A StopIteration escaping a generator body becomes RuntimeError (PEP 479).
def bad():
    yield 1
    raise StopIteration('oops')
g = bad()
print(next(g))
try:
    next(g)
except RuntimeError:
    print('RuntimeError')
def leaks_next():
    it = iter([])
    yield next(it)
try:
    list(leaks_next())
except RuntimeError:
    print('RuntimeError from next() inside generator')
def ok():
    it = iter([1])
    yield next(it)
    yield next(it, 'default')
print(list(ok()))
