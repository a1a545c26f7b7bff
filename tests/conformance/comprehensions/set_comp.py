# Set comprehensions remove duplicates (printed sorted).
print(sorted({x % 4 for x in range(20)}))
print(sorted({c.lower() for c in 'HeLLo'}))
print(sorted({len(w) for w in ['a', 'bb', 'cc', 'ddd']}))
s = {x for x in range(10) if x % 3 == 0}
print(type(s).__name__, len(s), 9 in s, 10 in s)
print({x for x in []} == set())
pairs = {(a, b) for a in range(3) for b in range(3) if a + b == 2}
print(sorted(pairs))
s = {frozenset((a, b)) for a in range(3) for b in range(3) if a != b}
print(len(s))
print(sorted({x * x for x in range(-3, 4)}))
