# frozenset: hashable (usable as dict key / set element), equal to sets, operators keep the left operand's type.
a = frozenset([3, 1, 2])
b = frozenset((2, 3, 1, 1))
print(a == b, hash(a) == hash(b), a == {1, 2, 3}, {1, 2, 3} == a)
d = {a: 'abc'}
print(d[b], d[frozenset({1, 2, 3})])
s = {a, b, frozenset(), frozenset([1])}
print(len(s), frozenset() in s)
print(type(a | {9}).__name__, type({9} | a).__name__, type(a - {1}).__name__)
print(sorted(a | {9}), sorted(a ^ {1, 5}), sorted(a - {1}), sorted(a & {1, 7}))
c = a
c |= {4}
print(sorted(c), sorted(a), c is a)
print(frozenset(), frozenset([7]), sorted(frozenset('hello')))
print(a.issubset([1, 2, 3, 4]), a.issuperset([1]), a.isdisjoint('xyz'), sorted(a.union([0])))
try:
    a.add(4)
except AttributeError:
    print('AttributeError')
try:
    hash({1})
except TypeError:
    print('TypeError')
