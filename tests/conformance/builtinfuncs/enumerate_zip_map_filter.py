# enumerate/zip/map/filter over several iterables and edge cases
print(list(enumerate([])), list(enumerate("ab", -1)), list(enumerate(range(3), start=10)))
print(list(zip()), list(zip([1, 2, 3])), list(zip("ab", range(5), [True])), dict(zip("xy", (1, 2))))
print(list(map(abs, [-1, 2, -3])), list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])), list(map(str, range(3))))
print(list(filter(None, [0, 1, "", "x", [], [0], None])), list(filter(lambda x: x % 2, range(7))))
m = map(int, ["1", "2"])
print(next(m), list(m), list(m))
