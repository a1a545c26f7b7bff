# Non-ASCII strings as dict keys and set members: equal text hashes equal however it was built
d = {}
d["\xe9t\xe9"] = 1
d["\u20ac"] = 2
d["\U0001f600"] = 3
print(d["\u00e9t\u00e9"], d[chr(0x20ac)], d[b"\xf0\x9f\x98\x80".decode()], len(d))
print(sorted(d.items()), "\u20ac" in d, "e" in d, d.get("\u65e5", "missing"))
built = "".join(["\xe9", "t", "\xe9"])
print(built in d, hash(built) == hash("\xe9t\xe9"), built == "\xe9t\xe9")
s = {"\u03b1", "\u03b2", "\u03b1", "\U0001f600", "\U0001f600"}
print(len(s), sorted(s), "\u03b2" in s, "\u03b3" not in s)
s.discard("\u03b1")
print(sorted(s), sorted(set("\u65e5\u672c\u65e5")), sorted({c: 0 for c in "\xe9\xe9a"}))
del d["\u20ac"]
print(sorted(d), d.pop("\U0001f600"), d)
