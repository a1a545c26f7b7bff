# center() with widths smaller, equal and larger than the string, and fill chars
for s in ("", "a", "ab", "abc", "abcd"):
    print([s.center(w) for w in (0, 3, 4, 5, 6, 7)], s.center(6, "*"))
for args in ((5, "ab"), (5, 1)):
    try:
        print("x".center(*args))
    except TypeError as e:
        print(type(e).__name__)
