# aliasing: repetition and shallow copies share inner objects
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(2)]
grid[0][0] = 1
print(grid)
a = [1, [2, 3]]
b = a[:]
c = list(a)
b[1].append(4)
c[0] = 9
print(a, b, c)
a = [1, 2]
a.append(a)
print(len(a), a[2] is a, a[2][2][0])
x = []
y = [x, x]
x.append(1)
print(y)
