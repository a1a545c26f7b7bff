# find/index/count/in with an int (a single byte value) as the needle, with ranges
try:
    b"a".find(97)
except TypeError:
    print("SKIP")
    raise SystemExit
b = b"abcabc"
print(b.find(98), b.rfind(98), b.index(99), b.rindex(97), b.count(97), b.find(120), b.find(97, 1), b.rfind(97, 0, 3), b.count(99, 3))
print(98 in b, 0 in b, 255 in b"\xff", b"b" in b, b"" in b, b.find(b""), bytearray(b"xyz").find(121), bytearray(b"xyz").count(122))
for bad in (256, -1):
    try:
        b.find(bad)
    except ValueError:
        print("ValueError", bad)
try:
    b.index(120)
except ValueError:
    print("ValueError index")
