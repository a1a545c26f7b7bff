# The value of a yield from expression is the sub-generator's return value.
def sub(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total
def outer():
    a = yield from sub(3)
    print('sub(3) returned', a)
    b = yield from sub(4)
    print('sub(4) returned', b)
    return a + b
g = outer()
print(list(g))
def wrapper():
    r = yield from outer()
    yield 'wrapper got %d' % r
print(list(wrapper()))
def no_return():
    yield 1
def uses():
    r = yield from no_return()
    yield r
print(list(uses()))
