# Chained comparisons evaluate each operand at most once.
x = 5
print(1 < x < 10, 1 < x > 10, 10 > x >= 5, x == 5 == 5.0)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 < 2 < 5)
print(1 == 1 != 2, 1 != 1 == 1)
count = 0
def f():
    global count
    count += 1
    return 5
print(1 < f() < 10, count)
print(10 < f() < 20, count)
print(0 < f() > 10, count)
print('a' < 'b' <= 'b' < 'c')
print(1 in [1, 2] in [[1, 2]], 3 not in [1] not in [[3]])
