# Generators are their own iterators.
def g():
    yield 1
    yield 2
gen = g()
print(iter(gen) is gen)
print(next(gen))
print(list(gen))
print(list(gen))
it = iter(g())
a, b = it
print(a, b)
for x in g():
    print('loop', x)
print(sum(g()), max(g()), sorted(g(), reverse=True))
