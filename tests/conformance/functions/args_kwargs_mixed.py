# Positional, defaults, *args, keyword-only and **kwargs together.
def f(a, b=2, *args, c, d=4, **kwargs):
    return a, b, args, c, d, sorted(kwargs.items())
print(f(1, c=3))
print(f(1, 5, 6, 7, c=8))
print(f(1, c=3, d=9, e=10, z=0))
print(f(a=1, b=2, c=3))
def g(*args, **kwargs):
    return len(args), len(kwargs)
print(g(), g(1, 2), g(x=1), g(1, y=2))
