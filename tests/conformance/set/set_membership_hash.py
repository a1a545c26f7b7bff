# membership of equal numbers, frozenset members and hashing of frozensets
s = {1, 2.5, "a", (1, 2), None, frozenset([3])}
for probe in (1, 1.0, True, 2.5, "a", "A", (1, 2), (2, 1), None, frozenset({3}), 0):
    print(repr(probe), probe in s)
try:
    [1] in s
except TypeError:
    print("TypeError probe")
print(frozenset([1, 2]) in {frozenset([2, 1])}, hash(frozenset()) == hash(frozenset()))
nested = {frozenset([1]), frozenset([1, 2]), frozenset()}
print(sorted(len(x) for x in nested))
big = set(range(0, 2000, 3))
print(len(big), 999 in big, 1000 in big, -3 in big)
