# callable() of functions, classes, instances with and without __call__, builtins
class C:
    def __call__(self):
        return 1
class D:
    pass
def f():
    pass
print(callable(f), callable(lambda: 0), callable(C), callable(C()), callable(D()), callable(print), callable(int), callable(1), callable(None), callable("s"), callable([].append))
