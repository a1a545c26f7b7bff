# Lambdas in a list comprehension all see the comprehension variable's final value.
fs = [lambda: i for i in range(4)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(4)]
print([g() for g in gs])
hs = [(lambda j: lambda: j * j)(i) for i in range(4)]
print([h() for h in hs])
def scoped():
    base = 100
    return [lambda x, k=k: base + k + x for k in range(3)]
print([f(1) for f in scoped()])
