# iter() of sequences and iterators; next() with and without a default
it = iter([1, 2])
print(next(it), next(it), next(it, "end"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration")
s = iter("ab")
print(list(s), list(s), next(iter(range(5, 7))), next(iter({3: 4})), next(iter((9,))))
it = iter(range(3))
print(iter(it) is it, list(zip(it, it)))
for bad in [5, None, 1.5]:
    try:
        iter(bad)
    except TypeError:
        print(type(bad).__name__, "TypeError")
try:
    next([1])
except TypeError:
    print("next TypeError")
