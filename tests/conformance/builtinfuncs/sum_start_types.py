# sum() with start values of several types
print(sum([]), sum([], 10), sum([1, 2, 3], -6), sum([0.5, 1], 1), sum([[1], [2, 3]], []), sum(((1,), (2,)), ()))
print(sum(range(1000)), sum(x * x for x in range(10)), sum([2**64, 2**64]), sum([1j, 2], 0.5), sum([True, True, 3]))
for args in [(["a", "b"],), ([1, "a"],), ([[1]], 0), (5,)]:
    try:
        sum(*args)
    except TypeError:
        print(args, "TypeError")
