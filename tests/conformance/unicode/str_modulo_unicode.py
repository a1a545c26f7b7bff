# %-formatting with non-ASCII text in the format string and in the arguments (no widths)
print("\u03b1" % ())
print("%s" % "\u03b1", "%s" % "\u03b1\u03b2", "%s%s" % ("\u20ac", "\U0001f600"))
print("\u03b1%s\u03b2" % 1, "%d\u20ac" % 5, "\u65e5%s\u672c%d" % ("x", 2))
print("%(\u540d)s=%(\u5024)d" % {"\u540d": "k", "\u5024": 7})
print("%r" % "\u20ac", "%s|%s" % ("\xe9", b"\xc3\xa9".decode()), "%c%c%c" % ("\xe9", 0x20ac, 0x1f600))
print("%%\u20ac%%" % (), "%s" % ["\xe9"], "%s" % ("\u65e5",))
try:
    "%\u20ac" % 1
except ValueError:
    print("ValueError")
