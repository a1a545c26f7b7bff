# Default argument values.
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, 5), f(1, 5, 6))
print(f(1, c=9), f(a=0), f(c=1, b=2, a=3))
def g(x=None, y='s'):
    return x, y
print(g(), g(y='t'))
def h(n, acc=0):
    return acc if n == 0 else h(n - 1, acc + n)
print(h(10))
