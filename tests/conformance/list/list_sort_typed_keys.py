# list.sort / sorted with keys of one plain type (ints, strs, floats, uniform tuples of those), which take a
# specialised comparison, next to mixes that take the generic one: results and stability must be the same.


def lcg(n, seed):
    out = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(x >> 8)
    return out


nums = lcg(300, 7)
small = [v % 50 for v in nums]

# Plain ints (bools are ints too), including negatives and equal keys.
print(sorted(small)[:10], sorted(small)[-5:])
print(sorted([True, 3, False, -2, 1, 0]))
print(sorted(small, reverse=True)[:8])

# Stability: equal keys keep their original order, forwards and reversed.
idx = list(range(60))
print(sorted(idx, key=lambda i: small[i] % 4)[:20])
print(sorted(idx, key=lambda i: small[i] % 4, reverse=True)[:20])

# Strings, including characters above the BMP, which sort after U+E000..U+FFFF by code point.
words = ["n" + str(v % 97) for v in nums[:80]]
print(sorted(words)[:8], sorted(words, reverse=True)[:4])
print([[ord(c) for c in s] for s in sorted(["\U0001F600", "\uffff", "\ue000", "a", "", "ab", "\U0001F600a"])])

# Floats, with ints mixed in (the generic comparison) and without.
floats = [v / 7 for v in small]
print(sorted(floats)[:5], sorted(floats, reverse=True)[:3])
print(sorted([2.5, 1, -3, 2, 0.5, True]))

# Tuple keys: (int, int), (str, int), (int, float) and (str, str), with and without reverse.
recs = [(small[i], i, words[i % 80]) for i in range(120)]
print(sorted(recs, key=lambda r: (r[0], r[1]))[:6])
print(sorted(recs, key=lambda r: (r[2], r[1]), reverse=True)[:6])
print(sorted(recs, key=lambda r: (r[0] % 5, r[1] / 4))[:6])
print(sorted(recs, key=lambda r: (r[2], r[2]))[:3])
print(sorted([(1, 2), (1,), (0, 5, 1), (1, 1)]))
print(sorted([(1, "b"), (1, 2.0)], key=lambda t: t[0]))

# Keys whose comparison can fail: the list is left unchanged.
mixed = [3, "a", 1]
try:
    mixed.sort()
except TypeError:
    print("TypeError", mixed)
tup = [(1, 2), (1, "x")]
try:
    tup.sort()
except TypeError:
    print("TypeError", tup)

# Big ints and user objects take the generic comparison.
print(sorted([2 ** 70, 5, -(2 ** 65), 0]))


class K:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        return self.v < other.v


print([k.v for k in sorted([K(3), K(1), K(2)])])
print(sorted([(K(2), 1), (K(1), 2)], key=lambda t: t[1]) [0][1])
