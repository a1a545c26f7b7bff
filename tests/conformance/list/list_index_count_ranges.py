# list.index with start/stop (negative and out of range) and list.count with values equal across types
l = [1, "a", 2.0, "a", 1, None, [1], (1,)]
print(l.index("a"), l.index("a", 2), l.index(1, 1), l.index(1, -4), l.index(2), l.index(None), l.index([1]), l.index((1,)), l.index(1, -100), l.index("a", 0, 100))
for args in [("a", 4), (1, 1, 4), ("zz",), (1, -3), (2, 3, 1)]:
    try:
        l.index(*args)
    except ValueError:
        print("ValueError", args)
print(l.count(1), l.count("a"), l.count(2), l.count([1]), l.count((1,)), [].count(0), [True, 1, 1.0].count(1), [[], []].count([]))
