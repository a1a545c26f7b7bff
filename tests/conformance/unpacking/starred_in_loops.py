# Starred targets in loops and comprehensions.
rows = [[1, 2, 3], [4, 5], [6]]
for head, *tail in rows:
    print(head, tail)
print([tail for _, *tail in rows])
records = [('a', 1, 2, 3), ('b', 4)]
for name, *scores in records:
    print(name, sum(scores), len(scores))
for *init, last in ['xyz', 'q']:
    print(init, last)
