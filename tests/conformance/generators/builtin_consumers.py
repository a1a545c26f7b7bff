# sum/max/min/any/all given a generator: values, early stops, the order of the generator's and the built-in's side
# effects, errors raised by either side, yield from inside, a pending throw and a generator consuming itself
def g(n):
    for i in range(n):
        yield i
print(sum(g(10)), max(g(10)), min(x - 3 for x in g(5)), any(x > 5 for x in g(10)), all(x < 5 for x in g(10)))
print(any(g(0)), all(g(0)), sum(g(0)), sum(2**62 for _ in g(4)))
try:
    max(g(0))
except ValueError:
    print('ValueError')
log = []
def noisy(n):
    for i in range(n):
        log.append('y%d' % i)
        yield i
class A:
    def __init__(self, v): self.v = v
    def __bool__(self):
        log.append('b%d' % self.v)
        return self.v > 1
print(any(A(v) for v in noisy(5)), log)
log.clear()
it = noisy(5)
print(all(x < 2 for x in it), next(it), log)
def bad():
    yield 1
    yield 'a'
    log.append('after')
    yield 3
b = bad()
try:
    sum(b)
except TypeError:
    print('TypeError', next(b), log)
def boom():
    yield 1
    raise KeyError('k')
try:
    max(boom())
except KeyError as e:
    print('KeyError', e.args)
def chain(*gs):
    for x in gs:
        yield from x
print(sum(chain(g(3), [10, 20], g(4))), max(chain(g(3), (7,))))
def ret():
    yield 5
    return 99
print(sum(ret()), min(ret()))
def stopper():
    yield 1
    raise StopIteration
try:
    sum(stopper())
except RuntimeError:
    print('RuntimeError')
def pend():
    yield 1
    yield 2
    yield 3
class P:
    def __radd__(self, o):
        if hasattr(f, 'pend_throw'):
            f.pend_throw(ValueError('pending'))
        else:
            f.throw(ValueError('pending'))
        return o
def feeder():
    yield 1
    yield P()
    yield 5
f = feeder()
try:
    print(sum(f))
except ValueError as e:
    print('pend', e.args)
me = None
def selfref():
    yield 1
    try:
        yield sum(me)
    except ValueError as e:
        print('inner', e)
        yield 2
me = selfref()
print(list(me))
print(sum(x for x in range(5)), max([3, 1, 2]), sum(g(3), 10), max(g(4), default=9), max(g(3), key=lambda v: -v))
