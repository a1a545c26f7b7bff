# hash() agrees with equality for numbers and strings and rejects mutables
print(hash(1) == hash(1.0), hash(0) == hash(False), hash(1) == hash(True), hash("ab") == hash("a" + "b"))
print(hash((1, "x")) == hash((1, "x")), hash(b"ab") == hash(b"ab"), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
print(type(hash("s")).__name__, type(hash(2**100)).__name__, hash(5) == 5, hash(-7) == hash(-7))
for bad in ([], {}, set(), bytearray()):
    try:
        hash(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
class H:
    def __hash__(self):
        return 42
print(hash(H()))
class U:
    def __eq__(self, other):
        return True
    __hash__ = None
try:
    hash(U())
except TypeError:
    print("TypeError unhashable class")
