# value attribute of StopIteration and errno of OSError
try:
    raise StopIteration(5)
except StopIteration as e:
    print(e.value, e.args)
try:
    raise StopIteration
except StopIteration as e:
    print(e.value, e.args)
def gen():
    yield 1
    return "result"
g = gen()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)
e = OSError(2, "No such file")
print(e.errno, e.args)
print(KeyError("k").args, IndexError(3).args)
