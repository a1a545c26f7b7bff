# Slices with a step over non-ASCII text (code points are stepped, never bytes)
try:
    "ab"[::2]
except NotImplementedError:
    print("SKIP")
    raise SystemExit
s = "a\xe9\u20ac\U0001f600b\u65e5"
for step in (1, 2, 3, -1, -2, -4):
    print(step, [ord(c) for c in s[::step]])
print([ord(c) for c in s[1:5:2]], [ord(c) for c in s[-1:0:-2]], s[10:0:-1] == s[:0:-1], s[::-1][::-1] == s)
print(len(s[::2]), len(s[::-5]), s[5:1:-1] == "".join(reversed(s[2:6])))
