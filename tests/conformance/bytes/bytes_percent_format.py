# %-formatting of bytes: %s with bytes-like values, %d %x %o %c, widths, and mappings
print(b"%s" % b"abc", b"[%5s]" % b"ab", b"[%-5s]" % b"ab", b"%s%s" % (b"x", bytearray(b"y")))
print(b"%d|%5d|%-5d|%05d|%+d" % (42, 42, 42, 42, 42), b"%x|%X|%o|%#x" % (255, 255, 8, 255))
print(b"%c%c" % (65, b"B"), b"%%" % (), b"%.2s" % b"abcdef", b"100%%" % ())
print(b"%(a)s=%(b)d" % {b"a": b"key", b"b": 7})
print(b"%s" % (b"tuple",), b"%d items" % 3, b"%.1f" % 2.5, b"%e" % 1.0)
for fmt, args in [(b"%d", b"x"), (b"%s %s", (b"a",)), (b"%s", (b"a", b"b")), (b"%c", 256)]:
    try:
        print(fmt % args)
    except (TypeError, ValueError, OverflowError) as e:
        print(fmt, type(e).__name__)
