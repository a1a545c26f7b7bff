# % with * widths and precisions taken from the tuple, and %(name) lookups in a mapping
print("[%*d]" % (6, 42), "[%-*d]" % (6, 42), "[%*.*f]" % (9, 2, 3.14159), "[%.*s]" % (2, "abcdef"), "[%*s]" % (-6, "neg"))
data = {"name": "ada", "n": 3, "ratio": 0.125}
print("%(name)s has %(n)d items (%(ratio).1f)" % data)
print("%(name)r %(name)s %(n)05d %(n)x %(ratio)e" % data)
print("%(n)s%%" % data, "%(a)s-%(a)s" % {"a": "twice"}, "%(x)s" % {"x": (1, 2)})
for fmt, args in [("%(missing)s", data), ("%(name)s %s", data), ("%*d", ("a", 1)), ("%s %s", ("one",)), ("%d", ("x",)), ("%(name)*d", data)]:
    try:
        print(fmt % args)
    except (KeyError, TypeError, ValueError) as e:
        print(repr(fmt), type(e).__name__)
