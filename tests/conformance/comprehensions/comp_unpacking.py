# Unpacking targets in comprehension for clauses.
pairs = [(1, 'a'), (2, 'b'), (3, 'c')]
print([n for n, _ in pairs])
print([s * n for n, s in pairs])
print([(b, a) for a, b in pairs])
nested = [((1, 2), 3), ((4, 5), 6)]
print([a + b + c for (a, b), c in nested])
print([first for first, *rest in ['abc', 'de']])
print([rest for first, *rest in [[1, 2, 3], [4]]])
print(sorted({k: v for k, v in pairs}.items()))
print([i * v for i, v in enumerate([10, 20, 30])])
