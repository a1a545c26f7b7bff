# Tuple methods and operations.
t = (1, 2, 3, 2, 1)
print(t.count(1), t.count(9), t.index(2), t.index(2, 2), t.index(1, 1))
print(t[1:3], t[-2:], len(t), t + (4,), (0,) * 3)
print((1, 2) < (1, 3), (1, 2) == (1, 2), (2,) > (1, 5))
print(tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple())
print((1,), (), ((1, 2), [3]))
x = (1, [2])
x[1].append(3)
print(x)
try:
    t.index(9)
except ValueError:
    print('ValueError')
try:
    t[0] = 5
except TypeError:
    print('TypeError')
print(hash((1, 2)) == hash((1, 2)))
