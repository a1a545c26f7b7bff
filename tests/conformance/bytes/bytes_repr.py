# repr of bytes: escapes, quotes, non-printable values
vals = [b"", b"abc", b"'", b'"', b"'\"", b"\\", b"\n\t\r", b"\x00\x7f\x80\xff", b"a b", bytes(range(30, 40))]
for v in vals:
    print(repr(v))
print(str(b"x"), "%s" % b"y")
print(repr(bytes([7, 8, 11, 12, 27])))
