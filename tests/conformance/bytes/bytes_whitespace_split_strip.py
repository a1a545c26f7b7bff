# Whitespace splitting and stripping of bytes (space, \t \n \v \f \r), with explicit separators and byte sets
data = b" \t a  b\n\nc\x0bd\x0ce\rf  "
print(data.split(), data.split(None, 2), data.rsplit(None, 2), data.strip(), data.lstrip(), data.rstrip())
print(b"a,b,,c".split(b","), b"a,b,,c".split(b",", 1), b"a,b,,c".rsplit(b",", 1), b"".split(), b"".split(b","), b"   ".split())
print(b"xxaxx".strip(b"x"), b"abcba".strip(b"ab"), b"abc".lstrip(b"cba"), b"\x00a\x00".strip(b"\x00"), b"abc".strip(b""))
print(b"a--b--c".split(b"--"), b"aaa".split(b"a"), b"a\r\nb\rc\n".splitlines(), b"a\nb\n".splitlines(True))
for bad in (b"", ""):
    try:
        b"a b".split(bad)
    except (ValueError, TypeError) as e:
        print(repr(bad), type(e).__name__)
