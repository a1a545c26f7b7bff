# range() construction, iteration, indexing and repr.
print(range(5), range(1, 5), range(1, 10, 2))
print(list(range(5)), list(range(2, 8)), list(range(10, 0, -2)))
print(list(range(-3, 3)), list(range(3, -3, -1)), list(range(0)))
r = range(3, 20, 4)
print(r[0], r[1], r[-1], len(r))
print(r.start, r.stop, r.step)
try:
    r[10]
except IndexError:
    print('IndexError')
try:
    range(1, 5, 0)
except ValueError:
    print('ValueError zero step')
print(list(range(2**20, 2**20 + 3)))
