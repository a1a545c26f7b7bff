# *args collects extra positional arguments in a tuple.
def f(*args):
    return args
print(f(), f(1), f(1, 'two', [3]))
print(type(f()).__name__)
def g(first, *rest):
    return first, rest
print(g(1), g(1, 2, 3))
def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s
print(total(), total(1, 2, 3, 4))
def mixed(a, b=10, *args):
    return a, b, args
print(mixed(1), mixed(1, 2), mixed(1, 2, 3, 4))
