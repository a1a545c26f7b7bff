# None, bool and out-of-range start/end arguments for the find family, count and startswith/endswith
s = "hello world, hello"
for args in [(None,), (None, None), (3, None), (None, 5), (-5, None), (None, -5), (True, None), (0, True), (100, None), (None, -100)]:
    print(args, s.find("lo", *args), s.rfind("lo", *args), s.count("l", *args),
          s.startswith("hel", *args), s.endswith("lo", *args), s.find("", *args), s.rfind("", *args))
print(s.index("o", None), s.rindex("o", None, None), s.index("world", 0, None), s.rindex("hello", None, 10))
for args in [(None, 3), (15, None), (-3, -1)]:
    try:
        s.index("world", *args)
    except ValueError:
        print("ValueError", args)
print(s.startswith(("x", "world"), 6, None), s.endswith(("hello", "y"), None, None), s.endswith("", 18), s.startswith("", 19))
