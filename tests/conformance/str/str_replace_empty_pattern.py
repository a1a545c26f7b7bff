# replace with an empty pattern, empty text, counts and replacements longer or shorter than the pattern
for text in ["", "a", "abc"]:
    for count in (-1, 0, 1, 2, 10):
        print(repr(text), count, repr(text.replace("", "-", count)), repr(text.replace("b", "", count)), repr(text.replace("abc", "XYZW", count)))
print("aaaa".replace("a", "bb"), "aaaa".replace("aa", "b"), "aaa".replace("aa", "a"), "abab".replace("ab", "ab"), "x".replace("x", ""))
print("mississippi".replace("ss", "SS", 1), "mississippi".replace("i", "", 2), "abc".replace("c", "c" * 3).replace("cc", "d"))
