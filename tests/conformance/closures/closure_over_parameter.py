# Parameters of the enclosing function can be captured and rebound.
def make(x):
    def get():
        return x
    def bump():
        nonlocal x
        x += 1
    return get, bump
get, bump = make(10)
bump(); bump()
print(get())
def with_default(x, y=5):
    return lambda: (x, y)
print(with_default(1)(), with_default(1, 2)())
def varargs(*args, **kwargs):
    return lambda: (args, sorted(kwargs))
print(varargs(1, 2, k=3)())
