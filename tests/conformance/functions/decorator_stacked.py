# Stacked decorators apply bottom-up.
def deco(label):
    def wrap(fn):
        print('decorating with', label)
        def inner():
            return label + '(' + fn() + ')'
        return inner
    return wrap
@deco('outer')
@deco('middle')
@deco('inner')
def base():
    return 'x'
print(base())
def double(fn):
    return lambda *a: fn(*a) * 2
def inc(fn):
    return lambda *a: fn(*a) + 1
@double
@inc
def f(x):
    return x
@inc
@double
def g(x):
    return x
print(f(5), g(5))
