# Width and precision combinations on strings in format, % and f-strings
for s in ("", "x", "hello", "wörld"):
    for w, p in ((0, 0), (3, 1), (6, 2), (2, 10)):
        print(repr(s), w, p, "[%*.*s]" % (w, p, s), "[{:{}.{}}]".format(s, w, p), f"[{s:>{w}.{p}}]")
