# Unpacking sequences and dicts into a call with * and **.
def f(a, b, c):
    return a * 100 + b * 10 + c
args = [1, 2, 3]
print(f(*args))
print(f(*(4, 5), 6))
print(f(7, *[8, 9]))
kw = {'a': 1, 'b': 2, 'c': 3}
print(f(**kw))
print(f(1, **{'c': 3, 'b': 2}))
print(f(*range(3)))
print(f(*'123' if False else (1, 2, 3)))
print(f(*iter([3, 2, 1])))
def g(*args, **kwargs):
    return args, sorted(kwargs.items())
print(g(*[1, 2], **{'x': 3}))
