# slicing str and tuple (step 1) with negative, clamped and unicode bounds
s = "h\u00e9llo w\u00f6rld"
for a, b in [(0, 2), (1, 3), (-5, None), (None, -6), (6, 100), (-100, 1), (4, 2)]:
    print(a, b, s[a:b], len(s[a:b]))
t = tuple("abcdef")
print(t[1:-1], t[-3:], t[:-10], t[2:2], t[5:])
print("".join(t[1:4]), s[:1] + s[1:] == s, t[:3] + t[3:] == t)
