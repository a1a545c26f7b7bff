# Bound methods remember their instance.
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self):
        self.n += 1
        return self.n
c = Counter()
f = c.inc
f(); f()
print(c.n, f())
methods = [Counter().inc for _ in range(2)]
print([m() for m in methods], [m() for m in methods])
print(Counter.inc(c))
g = Counter.inc
print(g(c), c.n)
print(c.inc == c.inc, c.inc.__name__)
