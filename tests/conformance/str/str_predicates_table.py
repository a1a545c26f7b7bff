# is* predicates over a table of mixed strings
vals = ["", "abc", "ABC", "aBc", "123", "12a", " ", " \t\n", "a b", "ABC1",
        "abc1", "_", "1.5"]
names = ["isalpha", "isdigit", "isspace", "isupper", "islower"]
for v in vals:
    print(repr(v), "".join("1" if getattr(v, n)() else "0" for n in names))
