# !r and !s conversions followed by a format spec, on strings, numbers, containers and user objects
class Obj:
    def __repr__(self):
        return "Obj()"
    def __str__(self):
        return "an obj"
for v in ["ab", "it's", 42, -1.5, None, True, [1, "x"], (), Obj()]:
    print("[{0!r:>12}] [{0!s:<12}] [{0!r:*^12}] [{0!s:.3}]".format(v))
print("{!r}{!s}".format("q", "q"), "{0!r}".format({"k": "v"}), "{0!s:>6}".format(1e20))
print(f"[{'x'!r:>5}] [{3!s:0>4}] [{Obj()!r:>8}] [{Obj()!s:^10}]")
for bad in ["{!x}", "{!}", "{!rs}", "{0!r"]:
    try:
        bad.format("v")
    except ValueError:
        print(bad, "ValueError")
