# SystemExit.code, OSError.errno/strerror/filename, StopIteration.value as CPython defines them.
for args in ((), (0,), (3,), ('msg',), (1, 2), (None,)):
    e = SystemExit(*args)
    print(args, e.code, e.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print('caught', e.code)
e = OSError(2, 'no such file')
print(e.errno, e.strerror, e.filename, e.args)
e = OSError(2, 'no such file', 'name.txt')
print(e.errno, e.strerror, e.filename)
print(OSError().errno, OSError().strerror, OSError().filename)
class MyError(OSError):
    pass
e = MyError(13, 'denied')
print(e.errno, e.strerror, isinstance(e, OSError))
def gen():
    yield 1
    return 'done'
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print('value', e.value, e.args)
print(StopIteration().value, StopIteration(1, 2).value)
