# Exceptions raised inside generators propagate to the consumer.
def gen():
    yield 1
    yield 2
    raise ValueError('inside generator')
g = gen()
try:
    for v in g:
        print('got', v)
except ValueError as e:
    print('caught', e.args)
print(next(g, 'exhausted after exception'))
def guarded():
    try:
        yield 'a'
        yield 1 / 0
    except ZeroDivisionError:
        yield 'handled inside'
print(list(guarded()))
def finalizer():
    try:
        yield 1
        yield 2
    finally:
        print('generator finally')
for x in finalizer():
    print('value', x)
