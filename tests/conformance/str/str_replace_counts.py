# replace with counts, empty patterns and overlapping patterns
s = "aaaa"
print([s.replace("a", "b", n) for n in (-1, 0, 1, 2, 10)])
print([s.replace("aa", "x", n) for n in (-1, 1)], s.replace("aaa", "-"))
print("abc".replace("", "-", 2), "".replace("", "x"), "".replace("a", "b"))
print("hello world".replace("o", ""), "hello".replace("l", "LL"), "abab".replace("ab", "ba"))
print("€a€".replace("€", "e"), "x".replace("x", "yyy" * 3), "mississippi".replace("ss", "S"))
print("abc".replace("d", "e") == "abc", "a.b.c".replace(".", "", 1))
