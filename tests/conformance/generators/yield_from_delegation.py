# yield from forwards send() and throw() to the sub-generator.
def inner():
    try:
        while True:
            v = yield
            print('inner received', v)
    except KeyError:
        print('inner handled KeyError')
        yield 'inner done'
    return 'inner result'
def outer():
    r = yield from inner()
    print('outer got', r)
    yield 'outer done'
g = outer()
next(g)
g.send('a')
g.send('b')
print(g.throw(KeyError))
print(next(g))
print(next(g, 'end'))
