# Stable sorting: equal keys keep their original order, also with reverse=True
probe = [(1, "b"), (0, "x"), (1, "a")]
probe.sort(key=lambda p: p[0])
if probe != [(0, "x"), (1, "b"), (1, "a")]:
    print("SKIP")
    raise SystemExit
records = [("bob", 25), ("amy", 30), ("cat", 25), ("dan", 30), ("eve", 25), ("fay", 20)]
print(sorted(records, key=lambda r: r[1]))
print(sorted(records, key=lambda r: r[1], reverse=True))
by_name = sorted(records)
print(sorted(by_name, key=lambda r: r[1]))
words = ["bb", "a", "ccc", "dd", "e", "fff", "g"]
words.sort(key=len)
print(words)
words.sort(key=len, reverse=True)
print(words)
print(sorted("Banana apple Cherry avocado berry".split(), key=lambda w: w[0].lower()))
nums = [3, 1, 2, 1, 3, 2]
tagged = [(n, i) for i, n in enumerate(nums)]
print(sorted(tagged, key=lambda t: t[0]) == sorted(tagged))
