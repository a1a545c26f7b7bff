# Lambdas with default arguments and conditional bodies.
fs = [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in fs])
key = lambda pair: (pair[1], pair[0])
print(sorted([(1, 'b'), (2, 'a'), (0, 'b')], key=key))
sign = lambda n: -1 if n < 0 else (1 if n > 0 else 0)
print([sign(n) for n in (-5, 0, 5)])
swap = lambda a, b: (b, a)
print(swap(1, 2))
print((lambda x, y=2, *z, **w: (x, y, z, sorted(w)))(1, 3, 4, k=5))
