# f-string !r and !s conversions over values of several types
vals = [0, -2.5, "txt", "", None, True, [1, "a"], (2,), 1j, b"by"]
for v in vals:
    print(f"{v!s}|{v!r}|{v}|")
name = "x"
print(f"{name!r:>6}|{name!s:*<4}|{'lit'!r}")
print(f"{3 + 4!r}", f"{[1, 2]!s}", f"{'a' 'b'}")
