# set() and frozenset() construction, duplicates, unhashable members
print(sorted(set()), sorted(set([3, 1, 3, 2])), sorted(set("hello")), sorted(set(range(4))))
print(sorted(frozenset((1, 1, 2))), len(frozenset()), sorted({1, 2, 2, 3}))
print(sorted(set({"a": 1, "b": 2})), len(set([1, 1.0, True])))
for bad in ([[1]], [{}], 5, None):
    try:
        set(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    {[1]}
except TypeError:
    print("TypeError display")
print(type({1}).__name__, type(frozenset()).__name__, type(set()).__name__)
print(set() == set(), set() == frozenset(), {1} == frozenset([1]), {1} != {2})
print(len({x % 3 for x in range(100)}), bool(set()), bool({0}))
