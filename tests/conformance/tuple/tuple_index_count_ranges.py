# tuple.index with start/stop and tuple.count, including values that compare equal across types
t = (1, "a", 2.0, "a", 1, None, (1,))
print(t.index("a"), t.index("a", 2), t.index(1, 1), t.index(1, -3), t.index(2), t.index(None), t.index((1,)), t.count(1), t.count("a"), t.count(2), t.count((1,)))
for args in [("a", 4), (1, 1, 4), ("zz",), (1, -2)]:
    try:
        t.index(*args)
    except ValueError:
        print("ValueError", args)
print(().count(1), (1, 1, 1).count(1), (True, 1, 1.0).count(1), ([],).count([]), ((1, 2), (1, 2)).count((1, 2)))
