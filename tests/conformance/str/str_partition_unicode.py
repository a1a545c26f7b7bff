# partition/rpartition with multi-char and non-ASCII separators
cases = [("a€b€c", "€"), ("key=value=x", "="), ("none", "="), ("ωαω", "ω"), ("--", "-"),
         ("abcabc", "bc"), ("", "x"), ("sep", "sep")]
for s, sep in cases:
    print(repr(s), s.partition(sep), s.rpartition(sep))
for bad in (None, 1):
    try:
        "abc".partition(bad)
    except TypeError as e:
        print(type(e).__name__)
