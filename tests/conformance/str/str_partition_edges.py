# partition/rpartition with the separator at the ends, repeated, longer than the text, and bad separators
cases = [("a=b", "="), ("=ab", "="), ("ab=", "="), ("a==b", "="), ("a==b", "=="), ("ab", "abc"), ("", "x"), ("aaa", "a"), ("key: value: more", ": ")]
for text, sep in cases:
    print(repr(text), repr(sep), text.partition(sep), text.rpartition(sep))
for bad in ("", 1, None, b"="):
    for meth in ("partition", "rpartition"):
        try:
            getattr("a=b", meth)(bad)
        except (ValueError, TypeError) as e:
            print(meth, repr(bad), type(e).__name__)
head, sep, tail = "user@example.com".partition("@")
print(head, sep, tail, "a.b.c".rpartition(".")[0], "no-dot".rpartition(".")[2])
