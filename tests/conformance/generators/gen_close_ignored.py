# A generator that yields after GeneratorExit causes RuntimeError in close().
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 'refuse'
g = stubborn()
next(g)
try:
    g.close()
except RuntimeError:
    print('RuntimeError: generator ignored GeneratorExit')
def returns_in_finally():
    try:
        yield 1
    finally:
        print('finally ran')
h = returns_in_finally()
next(h)
h.close()
print('closed cleanly')
