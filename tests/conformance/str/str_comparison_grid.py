# All six comparison operators over strings related as prefixes, equal, empty and by case
vals = ["", "a", "ab", "abc", "b", "B", "aa", "a\x00", "z" * 3]
for x in vals:
    print(repr(x), [(x < y, x <= y, x == y, x != y, x > y, x >= y) for y in vals].count((False, False, False, True, True, True)), [y for y in vals if x < y])
print(sorted(vals), sorted(vals, reverse=True))
print(max(vals), min(vals), "abc" < "abd" < "abe", "b" > "a" == "a", ("a" < "b") is True)
for other in (1, None, ["a"], ("a",)):
    try:
        "a" < other
    except TypeError:
        print("TypeError", type(other).__name__)
    print("a" == other, "a" != other)
