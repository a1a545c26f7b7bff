# count/index on tuples, including start and stop bounds
t = (3, 1, 3, 2, 3, "3")
print(t.count(3), t.count("3"), t.count(9), ().count(1))
print(t.index(3), t.index(3, 1), t.index(3, 3), t.index(2, -3), t.index("3"))
for args in [(9,), (1, 2), (3, 5)]:
    try:
        print(t.index(*args))
    except ValueError:
        print("ValueError", args)
print(1 in t, "1" in t, () in ((),), t.count(3.0))
