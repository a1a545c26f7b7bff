# str() of many kinds of objects, user __str__/__repr__, and decoding constructor forms
class OnlyRepr:
    def __repr__(self):
        return "R!"
class Both:
    def __str__(self):
        return "S!"
    def __repr__(self):
        return "R?"
for v in [None, True, False, 0, -12, 10**20, 1.5, -0.0, [1, "a"], (1,), (), {"k": [None]}, "x", "", b"b'q", bytearray(b"z"), OnlyRepr(), Both(), [Both()]]:
    print(str(v), repr(v) if not isinstance(v, (OnlyRepr, Both)) else repr(v), type(str(v)).__name__)
print(str(), repr(str()), str(str("same")), str(b"abc", "utf-8"), str(bytearray(b"\xc3\xa9"), "utf-8"), str(b"a\xffb", "utf-8", "ignore"))
for bad in [(b"\xff", "utf-8"), (1, "utf-8")]:
    try:
        str(*bad)
    except (UnicodeError, TypeError) as e:
        print("error", type(bad[0]).__name__)
