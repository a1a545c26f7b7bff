# := binds in the enclosing function scope, also from a comprehension.
def f(values):
    if any((hit := v) > 10 for v in values):
        return 'first big', hit
    return 'none', None
print(f([1, 20, 30]))
print(f([1, 2]))
def running():
    total = 0
    results = [total := total + x for x in range(5)]
    return results, total
print(running())
def g():
    [(last := i) for i in range(4)]
    return last
print(g())
