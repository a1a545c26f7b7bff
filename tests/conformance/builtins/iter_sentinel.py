# iter(callable, sentinel) calls until the sentinel is returned.
# MicroPython's iter() takes one argument only: the probe prints SKIP there.
try:
    iter(lambda: 0, 0)
except TypeError:
    print('SKIP')
    raise SystemExit
data = [1, 2, 3, 0, 4, 5]
pos = [0]
def read():
    v = data[pos[0]]
    pos[0] += 1
    return v
print(list(iter(read, 0)))
print(pos[0])
count = [0]
def counter():
    count[0] += 1
    return count[0]
print(list(iter(counter, 5)))
it = iter(lambda: 'x', 'x')
print(list(it))
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))
