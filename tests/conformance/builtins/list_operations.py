# List indexing, slicing, slice assignment, del and operators.
l = list(range(10))
print(l[2:5], l[::3], l[::-1], l[-3:], l[8:2:-2])
l[1:3] = ['a', 'b', 'c']
print(l)
l[0:1] = []
print(l)
del l[0]
del l[-2:]
print(l)
l[len(l):] = [100]
print(l)
print([1, 2] + [3], [0] * 3, [[]] * 2, 2 * [1])
x = [1, 2]
x *= 2
print(x, [1, 2] == [1, 2], [1, 2] < [1, 3], [2] > [1, 9])
nested = [[0] * 2] * 2
nested[0][0] = 'shared'
print(nested)
