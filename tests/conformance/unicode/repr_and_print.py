# repr of text: control characters are escaped, printable non-ASCII characters are kept as they are
for s in ["\xe9", "\u20ac", "\u65e5\u672c", "\U0001f600", "caf\xe9\n", "\t\u20ac\r", "\x00\x1f\x7f", "'\xe9'", "\"\u20ac\"", "'\"\xe9"]:
    print(repr(s), len(repr(s)))
print(["\xe9", "\U0001f600"], ("\u20ac",), {"\xe9": "\u65e5"})
print("%r|%s" % ("\u20ac", "\u20ac"), "{!r}|{!s}".format("\xe9", "\xe9"), str("\U0001f600"))
print(repr("\\\xe9"), repr("a\\nb\xe9"), eval(repr("x\xe9\u20ac\U0001f600y")) == "x\xe9\u20ac\U0001f600y")
