# Filtering with if clauses.
print([x for x in range(20) if x % 3 == 0])
print([x for x in range(20) if x % 2 if x % 3])
print([w for w in ['apple', 'kiwi', 'banana'] if len(w) > 4])
print([x for x in [0, 1, '', 'a', None, [], [0]] if x])
print([x if x % 2 else -x for x in range(6)])
print([x for x in range(10) if x > 5 and x < 8])
print([n for n in range(2, 30) if all(n % d for d in range(2, n))])
data = [3, -1, 4, -1, 5, -9, 2, 6]
print([x for x in data if x > 0], [x for x in data if x < 0])
print([i for i, x in enumerate(data) if x == -1])
print([x for x in data if x > 100] == [])
