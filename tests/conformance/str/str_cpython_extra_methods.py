# str methods CPython has beyond MicroPython's set: ljust, rjust, zfill, title, capitalize, swapcase, expandtabs, ...
if not hasattr(str, "ljust"):
    print("SKIP")
    raise SystemExit
print(repr("ab".ljust(5)), repr("ab".rjust(5, "*")), repr("ab".ljust(1)), repr("-7".zfill(4)), repr("+7".zfill(1)), repr("abc".zfill(5)))
print("hello wORLD 3x".title(), "hello wORLD".capitalize(), "Hello World".swapcase(), "AbC".casefold(), "x".capitalize(), "".title())
print(repr("a\tbc\td".expandtabs()), repr("a\tb".expandtabs(2)), repr("\t".expandtabs(0)), repr("ab\n\tc".expandtabs(4)))
print("TestCase".removeprefix("Test"), "TestCase".removesuffix("Case"), "abc".removeprefix("x"), "abc".removesuffix(""))
print("Hello World".istitle(), "hello".istitle(), "abc1".isalnum(), "ab c".isalnum(), "123".isdecimal(), "123".isnumeric(), "a_1".isidentifier(), "1a".isidentifier(), "ab".isascii(), "\t".isprintable())
table = str.maketrans("abc", "xyz", "d")
print("abcdabcd".translate(table), "hello".translate({ord("l"): None, ord("o"): "0"}), str.maketrans({"a": "b"}) == {97: "b"})
print("a,b".partition(","), "x".center(4, "-"), "  spaced  ".strip().title())
