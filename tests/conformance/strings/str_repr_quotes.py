# repr() chooses quotes like CPython.
print(repr('plain'))
print(repr("it's"))
print(repr('say "hi"'))
print(repr('both \' and "'))
print(repr(''))
print(repr("'"), repr('"'))
print([ "it's", 'a"b', 'c' ])
print(str("it's"), "it's")
for s in ("a'b", 'a"b', 'a\'b"c', "''", '""', "'\"'"):
    r = repr(s)
    print(r, r[0], eval(r) == s)
