# Creating closures inside loops: shared cell versus per-iteration factory.
def shared():
    result = []
    for i in range(3):
        def f():
            return i * 10
        result.append(f)
    return [f() for f in result]
print(shared())
def factory(i):
    return lambda: i * 10
print([factory(i)() for i in range(3)])
fs = [(lambda n: (lambda: n))(k) for k in range(3)]
print([f() for f in fs])
def while_loop():
    out = []
    n = 0
    while n < 3:
        out.append(lambda: n)
        n += 1
    return [f() for f in out]
print(while_loop())
