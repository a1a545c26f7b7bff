# len() counts code points, iteration yields one-character strings, whatever their UTF-8 width
samples = ["", "a", "\xe9", "\u20ac", "\U0001f600", "a\xe9\u20ac\U0001f600", "\u65e5\u672c\u8a9e", "\U0010ffff\x00"]
for s in samples:
    chars = list(s)
    print(len(s), len(chars), [len(c) for c in chars], [ord(c) for c in s], len(s.encode()))
it = iter("x\u20acy")
print(ord(next(it)), ord(next(it)), ord(next(it)))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print([i for i, c in enumerate("\U0001f600a\U0001f600") if c == "\U0001f600"])
print(sum(1 for c in "\u00e9t\u00e9" if ord(c) > 127), "".join(reversed("ab\u20ac")) == "\u20acba")
print(len("\U0001f600" * 1000), len(("\xe9" + "\U0001f600") * 500))
