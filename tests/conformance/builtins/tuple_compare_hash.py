# Tuples: comparisons, hashing (as dict keys and set members), concatenation, repetition, count/index.
print((1, 2) < (1, 3), (1, 2) < (1, 2, 0), (2,) > (1, 9), (1, 2) == (1, 2), (1,) != (1, 0), () < (0,))
print((1, 'a') < (1, 'b'), (1, 2) <= (1, 2), (3, 0) >= (2, 9))
grid = {(0, 0): 'origin', (1, 2): 'p'}
print(grid[(1, 2)], grid[0, 0], (1, 2) in grid, (2, 1) in grid)
print(len({(1, 2), (1, 2), (2, 1)}), hash((1, (2, 3))) == hash((1, (2, 3))))
print((1, 2) + (3,), (0,) * 3, 2 * ('a',), (1, 2) * 0, () + ())
t = (1, 2, 1, 3, 1)
print(t.count(1), t.index(3), t.index(1, 1), t.index(1, -1), t[1:3], t[-2:], t[:0])
print(tuple([1, 2]), tuple('ab'), tuple(range(3)), tuple(), (1,), ((1,),))
a = (1, 2)
b = a
b += (3,)
print(a, b)
try:
    hash(([1],))
except TypeError:
    print('TypeError')
try:
    (1, 2).index(5)
except ValueError:
    print('ValueError')
