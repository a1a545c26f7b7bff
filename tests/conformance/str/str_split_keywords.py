# split/rsplit/splitlines with keyword arguments (sep=, maxsplit=, keepends=)
try:
    "a b".split(maxsplit=1)
except TypeError:
    print("SKIP")
    raise SystemExit
s = "a,b,c,d"
print(s.split(sep=","), s.split(",", maxsplit=1), s.split(sep=",", maxsplit=2), s.rsplit(sep=",", maxsplit=1), s.rsplit(maxsplit=0))
print(" x  y  z ".split(maxsplit=1), " x  y  z ".rsplit(maxsplit=1), " x  y ".split(sep=None), "a b".split(None, maxsplit=-1))
print("l1\nl2\r\nl3".splitlines(keepends=True), "l1\nl2".splitlines(keepends=False))
for kw in ({"sepp": ","}, {"maxsplit": "1"}):
    try:
        s.split(**kw)
    except TypeError:
        print("TypeError", sorted(kw))
