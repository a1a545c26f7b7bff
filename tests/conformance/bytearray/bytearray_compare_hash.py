# bytearray compares like bytes (with bytes and bytearray operands) and is not hashable
a = bytearray(b"abc")
print(a == b"abc", b"abc" == a, a == bytearray(b"abc"), a != b"abd", a < b"abd", a > bytearray(b"ab"), a <= b"abc", a >= b"abd")
print(sorted([bytearray(b"b"), bytearray(b"a"), bytearray(b"ab")]), max(bytearray(b"x"), bytearray(b"y")))
try:
    hash(a)
except TypeError:
    print("TypeError hash")
try:
    {a: 1}
except TypeError:
    print("TypeError key")
a[0] = 122
print(a == b"abc", a, bytes(a) in {b"zbc": 1})
