# len and bool on builtins, user __len__/__bool__ and bad objects
for v in ("", "abc", "\u00e9\u20ac", b"", [], [None], (), {}, {1: 2}, set(), range(10, 0, -2), bytearray(3)):
    print(repr(v), len(v), bool(v))
class L:
    def __len__(self):
        return 3
class Z:
    def __len__(self):
        return 0
class T:
    def __bool__(self):
        return False
print(len(L()), bool(L()), bool(Z()), bool(T()), bool(object()))
for bad in (1, None, 2.5):
    try:
        len(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
print(bool(0), bool(0.0), bool(-1), bool(None), bool("0"), bool(2**100))
