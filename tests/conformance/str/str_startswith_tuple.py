# startswith/endswith with tuples, empty strings, ranges and errors
s = "prefix-body-suffix"
for arg in ("pre", ("x", "prefix"), ("",), (), "prefix-body-suffix-", "suffix", ("body", "suffix")):
    print(repr(arg), s.startswith(arg), s.endswith(arg))
print(s.startswith("body", 7), s.endswith("body", 0, 11), s.startswith("x", 100), s.endswith("", 100))
for bad in (None, ["pre"], ("pre", 1)):
    try:
        s.startswith(bad)
    except TypeError as e:
        print(type(e).__name__)
