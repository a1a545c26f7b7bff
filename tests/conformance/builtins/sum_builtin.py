# sum() with an optional start value.
print(sum([1, 2, 3]), sum([]), sum((), 10))
print(sum([1, 2, 3], 100), sum(range(101)))
print(sum([0.5, 0.25, 0.25]), sum([1, 2.5]))
print(sum([[1], [2, 3]], []))
print(sum([(1,), (2,)], ()))
print(sum(x * x for x in range(5)))
print(sum([2**64, 2**64]), sum([True, True, False]))
try:
    sum(['a', 'b'])
except TypeError:
    print('TypeError summing strings')
