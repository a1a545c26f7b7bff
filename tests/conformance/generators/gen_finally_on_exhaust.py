# finally in a generator runs when it is exhausted, closed or raises.
def g(n):
    try:
        for i in range(n):
            yield i
    finally:
        print('finally, n =', n)
print(list(g(2)))
gen = g(5)
next(gen)
gen.close()
def raises():
    try:
        yield 1
        raise ValueError('in gen')
    finally:
        print('finally before propagation')
try:
    list(raises())
except ValueError:
    print('caught')
