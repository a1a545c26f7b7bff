# dict() constructor forms, fromkeys, and bad arguments
print(dict(), dict(a=1, b=2), dict([("x", 1), ("y", 2)]), dict({"k": 0}, z=9))
print(dict([(1, "one")], one=1), dict(zip("ab", (1, 2))), dict([["p", 0]]))
print(dict.fromkeys("abc"), dict.fromkeys([1, 2], 0), dict.fromkeys([]))
d = dict([("a", 1), ("a", 2)])
print(d)
for bad in ([1, 2], [("a",)], [("a", 1, 2)], 5):
    try:
        print(dict(bad))
    except Exception as e:
        print(type(e).__name__)
print({1: "a", 1.0: "b", True: "c"})
print(dict(((i, i * i) for i in range(4))))
print({k: v for k, v in [(1, 2), (3, 4)]})
