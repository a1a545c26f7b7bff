# sum with a start value, any/all on empty and mixed iterables
print(sum([]), sum([1, 2, 3]), sum([1, 2], 10), sum(range(1001)), sum([0.5, 0.25]), sum([[1], [2]], []))
print(sum(((1,), (2,)), ()), sum([2**64, 2**64]), sum(x * x for x in range(5)))
for bad in (["a", "b"], [1, None]):
    try:
        sum(bad)
    except TypeError:
        print("TypeError", bad)
for it in ([], [0], [1], [0, 1], [1, 1], "", "a", [[], [0]], (None,), range(3)):
    print(repr(it), any(it), all(it))
print(all(x > 0 for x in [1, 2, -1]), any(x > 1 for x in [1, 2]))
try:
    any(5)
except TypeError:
    print("TypeError any")
