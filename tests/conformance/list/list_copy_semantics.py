# Shallow copies: slicing, copy(), list() and * share the inner objects
inner = [1, 2]
outer = [inner, "s", (3,)]
for name, c in (("slice", outer[:]), ("copy", outer.copy()), ("list", list(outer)), ("add", outer + []), ("mul", outer * 1)):
    print(name, c == outer, c is outer, c[0] is inner)
outer[0].append(3)
print(outer, outer[:][0])
grid = [[0] * 2] * 2
grid[0][0] = 9
print(grid)
grid2 = [[0] * 2 for _ in range(2)]
grid2[0][0] = 9
print(grid2)
a = [1, 2, 3]
b = a
b[1:2] = []
print(a, b is a)
c = a[:]
c.append(99)
print(a, c)
