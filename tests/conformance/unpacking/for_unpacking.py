# Unpacking in for loop targets.
pairs = [(1, 'one'), (2, 'two')]
for num, word in pairs:
    print(num, word)
for i, (a, b) in enumerate([('x', 'y'), ('p', 'q')]):
    print(i, a, b)
for first, *others in ['abc', 'de', 'f']:
    print(first, others)
for k, v in sorted({'b': 2, 'a': 1}.items()):
    print(k, v)
for (a, b), c in [((1, 2), 3)]:
    print(a + b + c)
for x, y in zip('ab', range(2)):
    print(x, y)
