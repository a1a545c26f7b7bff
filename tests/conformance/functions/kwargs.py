# **kwargs collects extra keyword arguments in a dict.
def f(**kwargs):
    return sorted(kwargs.items())
print(f(), f(a=1), f(b=2, a=1, c=3))
def g(x, **opts):
    return x, sorted(opts)
print(g(1, debug=True, level=2))
print(g(x=5, y=6))
def h(**kw):
    kw['added'] = True
    return len(kw)
d = {'k': 1}
print(h(**d), d)
print(type(f.__name__).__name__)
