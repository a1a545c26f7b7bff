# enumerate() with and without a start value.
print(list(enumerate('abc')))
print(list(enumerate(['x', 'y'], 1)))
print(list(enumerate([], 5)))
for i, ch in enumerate('hi', 10):
    print(i, ch)
e = enumerate([7, 8])
print(next(e), next(e), next(e, 'done'))
print(dict(enumerate('ab'))[1])
print(list(enumerate(range(3), -1)))
