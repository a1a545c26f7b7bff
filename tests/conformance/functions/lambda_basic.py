# Lambda expressions.
square = lambda x: x * x
print(square(5))
add = lambda a, b=10: a + b
print(add(1), add(1, 2))
print((lambda: 'no args')())
print((lambda *a: sum(a))(1, 2, 3))
print((lambda **k: sorted(k))(b=1, a=2))
print(sorted([3, 1, 2], key=lambda v: -v))
print(list(map(lambda x: x + 1, [1, 2, 3])))
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, add)(2))
print(square.__name__)
