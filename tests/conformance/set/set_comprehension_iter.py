# set comprehensions, iteration via sorted, and set() from strings with unicode
s = {c for c in "mississippi"}
print(sorted(s), len(s))
u = set("\u00e9t\u00e9")
print(len(u), "\u00e9" in u, "e" in u)
sq = {x * x for x in range(-5, 6)}
print(sorted(sq))
print(sorted({(x, y) for x in range(2) for y in range(2)}))
pairs = set()
for w in ["ab", "ba", "ab"]:
    pairs.add(tuple(sorted(w)))
print(pairs)
print(sum({1, 2, 3}), max({-1, 5}), min(frozenset([3, 9])), sorted({"b", "a"}, reverse=True))
