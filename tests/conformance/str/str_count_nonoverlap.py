# count() counts non-overlapping occurrences, with ranges and unicode
for s, sub in (("aaaa", "aa"), ("aaaaa", "aa"), ("abababa", "aba"), ("€€€", "€"), ("abc", "d"),
               ("", "a"), ("a", ""), ("hello", "l"), ("ωωω", "ωω")):
    print(repr(s), repr(sub), s.count(sub), s.count(sub, 1), s.count(sub, 0, 3), s.count(sub, -2))
