# Functions are first-class values.
def square(x):
    return x * x
def cube(x):
    return x * x * x
ops = {'square': square, 'cube': cube}
print(ops['square'](3), ops['cube'](3))
funcs = [square, cube, abs]
print([f(-2) for f in funcs])
def apply(fn, *args):
    return fn(*args)
print(apply(max, 3, 9, 2), apply(square, 7))
alias = square
print(alias(5), alias is square, alias == square)
print(callable(square), callable(5))
def make():
    def inner():
        return 'inner'
    return inner
print(make()(), make().__name__)
