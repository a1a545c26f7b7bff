# range with various starts, stops and steps in loops.
print([i for i in range(5)])
print([i for i in range(2, 5)])
print([i for i in range(0, 10, 3)])
print([i for i in range(10, 0, -3)])
print([i for i in range(-5, -1)])
print([i for i in range(5, 5)], [i for i in range(5, 0)])
print([i for i in range(0, -10, -4)])
total = 0
for i in range(100, 0, -1):
    total += i
print(total)
print(list(range(3)) == [0, 1, 2])
