# %-formatting of floats and strings with precision and width
for v in (0.0, 1.5, -2.25, 123.456, 1e-3, 5e10):
    print(v, ["%f" % v, "%.2f" % v, "%10.3f" % v, "%-10.1f|" % v, "%+.1e" % v, "%g" % v, "%E" % v, "%08.2f" % v])
for s in ("", "abc", "héllo"):
    print(["%s" % s, "%5s" % s, "%-5s|" % s, "%.2s" % s, "%r" % s, "%7.3s" % s])
print("%s %s" % ([1, 2], (3,)), "%s" % (None,), "%s" % ((1, 2),), "%d%%" % 50)
print("%(x)s-%(y)d" % {"x": "a", "y": 3}, "%(x)5.1f" % {"x": 2.25})
