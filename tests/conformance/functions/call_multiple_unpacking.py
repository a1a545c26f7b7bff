# Several * and ** unpackings in one call.
def f(*args, **kwargs):
    return args, sorted(kwargs.items())
a = [1, 2]
b = (3,)
c = {'x': 1}
d = {'y': 2}
print(f(*a, *b))
print(f(0, *a, 9, *b))
print(f(**c, **d))
print(f(*a, *b, **c, **d))
print(f(*a, z=0, **c))
try:
    f(**c, **{'x': 5})
except TypeError:
    print('TypeError repeated keyword')
