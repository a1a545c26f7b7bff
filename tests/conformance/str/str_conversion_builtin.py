# str() of numbers, containers, None, bool and objects with __str__/__repr__
class A:
    def __str__(self):
        return "A-str"
    def __repr__(self):
        return "A-repr"
class B:
    def __repr__(self):
        return "B-repr"
for v in (0, -1.5, 2 ** 70, 1j, None, True, "s", b"b", [1, "x"], (None,), {"k": [1]}, A(), B(), [A(), B()]):
    print(str(v), repr(v))
print(str(), str("abc"), str(b"ab", "utf-8"), str(bytearray(b"x"), "utf-8"))
