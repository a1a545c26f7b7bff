# find/rfind/index/count/startswith with start and end arguments
s = "abcabcabc"
for start, end in ((0, 9), (1, 9), (3, 6), (-3, None), (-100, 100), (5, 2), (9, 9), (None, -1)):
    print(start, end, s.find("abc", start, end), s.rfind("abc", start, end),
          s.count("bc", start, end), s.startswith("ab", start, end), s.endswith("bc", start, end))
print(s.find("c", -1), s.rfind("a", 0, 1), s.find("", 9), s.find("", 10), s.count("a", 100))
print(s.startswith(("x", "ab")), s.endswith(("bc", "y")), s.startswith(()), s.startswith("", 9))
for f in (s.index, s.rindex):
    try:
        f("abc", 7)
    except ValueError as e:
        print(type(e).__name__)
