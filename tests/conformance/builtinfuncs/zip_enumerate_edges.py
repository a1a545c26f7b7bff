# zip and enumerate with unequal, empty and infinite inputs, plus start values
print(list(zip()), list(zip([])), list(zip([1, 2, 3], "ab")), list(zip(range(3), range(3), range(3))))
def naturals():
    n = 0
    while True:
        yield n
        n += 1
print(list(zip("xyz", naturals())))
print(list(enumerate("ab")), list(enumerate("ab", 10)), list(enumerate([], 5)), list(enumerate("a", -3)))
print(list(enumerate("ab", start=2**40)))
for bad in (1, None):
    try:
        zip(bad)
    except TypeError:
        print("TypeError zip", type(bad).__name__)
    try:
        enumerate(bad)
    except TypeError:
        print("TypeError enumerate", type(bad).__name__)
z = zip([1, 2], [3, 4])
print(next(z), list(z), list(z))
