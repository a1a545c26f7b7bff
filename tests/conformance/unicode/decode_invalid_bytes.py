# Invalid UTF-8: strict decoding raises UnicodeError; errors='ignore' drops, 'replace' substitutes U+FFFD
for data in (b"\xff", b"a\x80b", b"ab\xfe", b"\xc3\xa9\xff\xc3\xa9", bytearray(b"x\xffy")):
    try:
        data.decode()
        print("decoded")
    except UnicodeError:
        print("UnicodeError")
    print(data.decode("utf-8", "ignore"), [ord(c) for c in data.decode("utf-8", "replace")])
try:
    str(b"\xff\xfe", "utf-8")
except UnicodeError:
    print("UnicodeError str()")
print(str(b"a\xffb", "utf-8", "ignore"), len(str(b"a\xffb", "utf-8", "replace")))
try:
    "\xe9".encode("ascii")
except UnicodeError:
    print("UnicodeError encode")
try:
    b"\xe9".decode("ascii")
except UnicodeError:
    print("UnicodeError ascii")
print(b"\xe2\x82\xac".decode("utf-8", "strict") == "\u20ac")
