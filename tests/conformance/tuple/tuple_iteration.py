# iterating tuples, nested tuples, and tuple() from generators
t = tuple(x * 2 for x in range(5))
print(t, len(t), sum(t))
for a, (b, c) in ((1, (2, 3)), (4, (5, 6))):
    print(a + b + c)
print(list(reversed(t)), sorted(t, reverse=True), tuple(sorted("tuple")))
print(tuple(enumerate("ab")), tuple(zip((1, 2), "xy")))
print(((),), ((),) == ((),), len(((), (), ())), (1, 2) + ())
print(tuple(t) is t or tuple(t) == t)
