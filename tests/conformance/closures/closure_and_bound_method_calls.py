# Calls that bind closure cells and a bound method's self directly: right and wrong argument counts, defaults,
# keywords, and a bound method kept in a variable.
def make_adder(k):
    def add(x):
        return x + k
    return add


def make_pair(a):
    def pair(x, y=10):
        return (a, x, y)
    return pair


add5 = make_adder(5)
print(add5(1), add5(x=2), [add5(i) for i in range(3)])
pair = make_pair('a')
print(pair(1), pair(1, 2), pair(y=3, x=4))
for args in [(), (1, 2, 3)]:
    try:
        pair(*args)
    except TypeError:
        print('TypeError', len(args))


class Acc:
    def __init__(self):
        self.total = 0

    def add(self, v, times=1):
        self.total += v * times
        return self.total


acc = Acc()
bound = acc.add
print(bound(1), bound(2), bound(3, 2), bound(v=1, times=3))
try:
    bound()
except TypeError:
    print('TypeError no args')
try:
    bound(1, 2, 3)
except TypeError:
    print('TypeError too many')


def counter():
    n = 0

    def inc(step):
        nonlocal n
        n += step
        return n
    return inc


inc = counter()
print(inc(1), inc(2), inc(3))
