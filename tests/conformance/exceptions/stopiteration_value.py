# StopIteration carries the generator's return value.
def gen():
    yield 1
    return 'result'
g = gen()
print(next(g))
try:
    next(g)
except StopIteration as e:
    print('value', e.value, 'args', e.args)
def empty():
    return
    yield
try:
    next(empty())
except StopIteration as e:
    print('empty value', e.value, e.args)
try:
    raise StopIteration(5)
except StopIteration as e:
    print('manual', e.value)
print(StopIteration().value)
