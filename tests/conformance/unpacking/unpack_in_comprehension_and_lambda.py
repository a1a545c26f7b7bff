# Unpacking with lambdas, sorted keys and nested data.
points = [(3, 'c'), (1, 'a'), (2, 'b')]
print(sorted(points, key=lambda p: p[0]))
print([(y, x) for x, y in points])
matrix = [(1, (2, 3)), (4, (5, 6))]
print([a * b * c for a, (b, c) in matrix])
pairs = list(zip(*[(1, 'x'), (2, 'y'), (3, 'z')]))
print(pairs)
nums, letters = zip(*[(1, 'x'), (2, 'y')])
print(nums, letters)
