# StopIteration.value from generator returns, explicit raises and next()
def g():
    yield 1
    return "result"
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print("value", e.value, e.args)
def h():
    return
    yield
try:
    next(h())
except StopIteration as e:
    print("empty", e.value)
for args in [(), (5,), (5, 6)]:
    e = StopIteration(*args)
    print(args, e.value, e.args)
def outer():
    r = yield from g()
    yield "outer got " + r
print(list(outer()))
