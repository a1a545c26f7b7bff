# Nested for clauses run left to right.
print([(a, b) for a in range(3) for b in range(2)])
print([a + b for a in 'xy' for b in '12'])
print([(a, b) for a in range(4) for b in range(a)])
print([x for row in [[1, 2], [3], []] for x in row])
print([(a, b, c) for a in range(2) for b in range(2) for c in range(2) if a + b + c == 2])
print([(a, b) for a in range(3) if a for b in range(3) if b != a])
print([[a, b] for a in 'ab' for b in 'ab' if a <= b])
cards = [r + s for s in 'HS' for r in 'AK']
print(cards, len(cards))
print([x * y for x in range(1, 4) for y in range(x, 4)])
