# __call__ makes instances callable.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, y=0):
        return x + y + self.n
add5 = Adder(5)
print(add5(1), add5(1, 2), add5(x=1, y=1))
print(callable(add5), callable(Adder), callable(5))
print(list(map(Adder(10), [1, 2, 3])))
class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, *args, **kwargs):
        self.calls += 1
        return args, sorted(kwargs)
c = Counter()
print(c(1, 2, k=3), c(), c.calls)
