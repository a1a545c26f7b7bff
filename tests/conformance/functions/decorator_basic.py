# A simple decorator wrapping a function.
def trace(fn):
    def wrapper(*args, **kwargs):
        print('calling', fn.__name__, args)
        result = fn(*args, **kwargs)
        print('returned', result)
        return result
    return wrapper
@trace
def add(a, b):
    return a + b
add(2, 3)
print(add(1, b=1))
print(add.__name__)
def identity(fn):
    return fn
@identity
def unchanged():
    return 'same'
print(unchanged(), unchanged.__name__)
