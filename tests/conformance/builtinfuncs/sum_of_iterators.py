# sum over iterators and generators: ints add up past the machine word, bools count as ints, and the first
# non-int item (float, list, str) continues with ordinary addition from the partial sum
print(sum(x for x in range(10)), sum(x > 3 for x in range(10)), sum(iter([True, 2, 3.5])))
print(sum(2**62 for _ in range(4)), sum(iter([1, 2**70, -2**70])), sum(iter([-2**63, -1])))
print(sum(iter([2**63 - 1, 1])), sum(iter([-2**63, -2**63])), sum(iter([5, 2**64, -2**64, 2.5])))
print(sum(iter([1, 2]), 10), sum(iter([]), 5), sum(iter([]), start=-1), sum(iter([1, 2]), 0.5))
print(sum(iter([[1], [2]]), []), sum(iter([1.5, 2]), 0), sum((-x for x in range(5)), 3))
try:
    sum(iter([1, 'a']))
except TypeError:
    print('TypeError')
try:
    sum(x for x in (1, 2, None))
except TypeError:
    print('TypeError')
