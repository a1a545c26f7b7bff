# str.format with repeated, nested and keyword-only fields
print("{0}{1}{0}{1}".format(1, 2), "{a}{b}{a}".format(a="x", b="y"), "{}".format(""))
print("{:>{}}|{:<{}}|".format("a", 3, "b", 4), "{0:{1}}".format(7, "04d"))
print("{:{fill}{align}{width}}".format("z", fill="~", align="^", width=5))
print("{0:}|{0!s:}|".format(12), "".format(), "plain".format(1, 2, k=3))
print("{!r}{!r}".format("a", 1), "{0}".format(*[9, 8]))
