# subset/superset/disjoint and ordering operators
a, b, e = {1, 2}, {1, 2, 3}, set()
print(a <= b, a < b, b <= b, b < b, b >= a, b > a, a > b)
print(a.issubset(b), b.issuperset(a), a.isdisjoint({3}), a.isdisjoint(b), e.issubset(a), e.isdisjoint(e))
print(a.issubset([1, 2, 5]), b.issuperset(range(1, 3)), a.isdisjoint("ab"))
print(frozenset(a) < b, a == frozenset({1, 2}), e < a, e <= e)
try:
    a < [1, 2, 3]
except TypeError:
    print("TypeError")
print({1, 2} < {1, 3}, {1, 2} > {1, 3}, {1, 2} == {2, 1})
