# next() with a default value instead of StopIteration.
def g():
    yield 'only'
gen = g()
print(next(gen, 'default'))
print(next(gen, 'default'))
print(next(gen, None))
it = iter([])
print(next(it, 'empty'))
print(next(iter('ab'), 'x'))
try:
    next(iter([]))
except StopIteration:
    print('StopIteration without default')
try:
    next([1, 2])
except TypeError:
    print('TypeError: list is not an iterator')
