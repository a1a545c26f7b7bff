# split and rsplit with separators and maxsplit values
cases = ["a,b,,c,", ",a,b", "a", "", ",,,"]
for s in cases:
    print(repr(s), [s.split(",", n) for n in (-1, 0, 1, 2)], [s.rsplit(",", n) for n in (0, 1, 2)])
ws = "  one  two\tthree\nfour  "
print([ws.split(None, n) for n in (-1, 0, 1, 2)])
print([ws.rsplit(None, n) for n in (0, 1, 2)])
print("a--b--c".split("--"), "a--b--c".rsplit("--", 1), "aaa".split("a"), "aaaa".split("aa"))
print("x".split("long separator"), "1 2 3".split(maxsplit=1), "1 2 3".rsplit(maxsplit=1))
