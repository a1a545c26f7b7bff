# Conditional expressions in the element part versus if filters.
nums = range(-3, 4)
print([n if n >= 0 else 0 for n in nums])
print([n for n in nums if n >= 0])
print(['fizz' if n % 3 == 0 else n for n in range(1, 8)])
print([('even' if n % 2 == 0 else 'odd') for n in range(4) if n])
print([x if x else 'empty' for x in ['a', '', 'b']])
grid = [[(r + c) % 2 for c in range(4)] for r in range(3)]
print([''.join('#' if v else '.' for v in row) for row in grid])
labels = ['neg' if n < 0 else 'zero' if n == 0 else 'pos' for n in (-2, 0, 5)]
print(labels)
print([a if a > b else b for a, b in [(1, 2), (5, 3), (4, 4)]])
