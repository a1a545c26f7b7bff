# Basic list comprehensions.
print([x for x in range(5)])
print([x * x for x in range(6)])
print([c.upper() for c in 'abc'])
print([len(w) for w in ['a', 'bb', '']])
print([x for x in []])
print([(x, str(x)) for x in range(3)])
print([[x] for x in 'ab'])
print([None for _ in range(3)])
print([x + 1 for x in [1, 2, 3]][::-1])
print([i for i in 'abc'], [[i, i] for i in range(2)])
lst = [x for x in range(3)]
lst.append('mutable result')
print(lst, type([x for x in ()]).__name__)
