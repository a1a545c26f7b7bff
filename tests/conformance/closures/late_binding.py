# Closures see the variable's value at call time, not at definition time.
def make():
    fns = []
    for i in range(3):
        fns.append(lambda: i)
    return fns
print([f() for f in make()])
def make_bound():
    return [lambda i=i: i for i in range(3)]
print([f() for f in make_bound()])
def later():
    x = 'before'
    def show():
        return x
    x = 'after'
    return show
print(later()())
