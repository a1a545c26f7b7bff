# strip/lstrip/rstrip with default whitespace and explicit character sets
vals = ["  a b  ", "\t\n x \r\f\v", "xxhixx", "", "   ", "abcba", "héh"]
for v in vals:
    print(repr(v), repr(v.strip()), repr(v.lstrip()), repr(v.rstrip()),
          repr(v.strip("xa")), repr(v.lstrip("ab")), repr(v.rstrip("ah")), repr(v.strip("")))
print(repr("www.example.com".strip("cmowz.")), repr("..a..".strip(".")), repr("aaa".strip("a")))
print(repr("abc".strip(None)), repr(" x ".lstrip(None)))
