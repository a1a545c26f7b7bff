# map() applies a function lazily, over one or more iterables.
print(list(map(str, [1, 2, 3])))
print(list(map(lambda x: x * x, range(5))))
print(list(map(lambda a, b: a + b, [1, 2, 3], [10, 20])))
print(list(map(len, ['a', 'bb', ''])))
print(list(map(int, '123')))
m = map(abs, [-1, -2])
print(next(m), list(m), list(m))
calls = []
def f(x):
    calls.append(x)
    return x
lazy = map(f, [1, 2, 3])
print(calls)
print(next(lazy), calls)
