# Matrix operations with comprehensions.
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
added = [[a[i][j] + b[i][j] for j in range(2)] for i in range(2)]
print(added)
product = [[sum(a[i][k] * b[k][j] for k in range(2)) for j in range(2)] for i in range(2)]
print(product)
transposed = [list(row) for row in zip(*a)]
print(transposed)
identity = [[1 if i == j else 0 for j in range(3)] for i in range(3)]
print(identity)
flat = [x for row in product for x in row]
print(flat, sum(flat))
