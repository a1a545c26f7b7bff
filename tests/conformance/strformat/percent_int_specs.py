# %-formatting of integers with flags, widths and bases
fmts = ["%d", "%5d", "%-5d|", "%05d", "%+d", "% d", "%x", "%X", "%#x", "%o", "%#o", "%i", "%u", "%3.2d"]
for v in (0, 5, -5, 255, -4096, 2 ** 40):
    print(v, [f % v for f in fmts])
print("%d %s %r" % (1, "two", "three"), "%%d" % (), "%c%c" % (72, "i"))
print("%*d|%-*d" % (5, 42, 4, 7), "%.*f" % (2, 3.14159))
for fmt, args in (("%d", "x"), ("%d %d", (1,)), ("%d", (1, 2)), ("%z", 1), ("%(a)d", 1), ("%c", "ab")):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(repr(fmt), type(e).__name__)
