# repr() of built-in values.
print(repr(1), repr(-2.5), repr('s'), repr(b'b'), repr(None), repr(True))
print(repr([1, 'a', None]), repr((1,)), repr(()), repr({'k': [1]}))
print(repr(set()), repr({1}), repr(frozenset()), repr(bytearray(b'x')))
print(repr(range(3)), repr(range(1, 9, 2)))
print(repr(1.0), repr(1e-7), repr(1e16), repr(float('inf')))
print(repr('a\tb'), repr("'"), repr(2j))
print(repr([[1, [2]], ('x', ('y',))]))
class R:
    def __repr__(self):
        return 'R<>'
print(repr(R()), repr([R(), R()]), repr({'r': R()}))
print(repr(-0.0), repr(0.5), repr(-1), repr(10**20))
print(repr(''), repr('"'), repr("a'b\"c"))
print(repr(b''), repr(b"'"), repr(bytes([0, 65, 255])))
