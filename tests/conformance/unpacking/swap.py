# Swapping and rotating values with tuple assignment.
a, b = 1, 2
a, b = b, a
print(a, b)
x, y, z = 'x', 'y', 'z'
x, y, z = z, x, y
print(x, y, z)
lst = [1, 2, 3, 4]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 0
arr = [10, 20]
i, arr[i] = 1, 'set'
print(i, arr)
a, b = 0, 1
for _ in range(10):
    a, b = b, a + b
print(a, b)
