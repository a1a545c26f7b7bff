# nonlocal lets an inner function rebind an enclosing variable.
def make_counter(start=0):
    count = start
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter(100)
print(c1(), c1(), c1(5), c2(), c1())
def without_nonlocal():
    n = 0
    def inner():
        n = 99
        return n
    inner()
    return n
print(without_nonlocal())
