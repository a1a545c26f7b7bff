# Subset/superset comparisons between sets of different sizes, equal sets and disjoint sets
sets = [set(), {1}, {2}, {1, 2}, {1, 2, 3}, {3, 4}]
for a in sets:
    row = []
    for b in sets:
        row.append("".join(str(int(x)) for x in (a < b, a <= b, a == b, a != b, a > b, a >= b)))
    print(sorted(a), row)
print({1, 2}.issubset([1, 2, 3]), {1, 2}.issuperset((1,)), {1}.isdisjoint("ab"), set().issubset(set()), {1} <= frozenset([1, 2]))
for bad in ([1], None):
    try:
        {1} < bad
    except TypeError:
        print("TypeError", type(bad).__name__)
print({1} == [1], {1} != (1,))
