# concatenation, repetition, comparison and hashing-free equality
a, b = b"abc", b"abd"
print(a + b, a * 3, 3 * a, a * 0, a * -2)
print(a < b, a <= b, a > b, a == b"abc", a != b, b"" < a, b"ab" < a)
print(a == "abc", a == bytearray(b"abc"), bytearray(b"abc") == a)
for op in ("+", "*"):
    for other in (1.5, None, [1]):
        try:
            r = a + other if op == "+" else a * other
            print(op, r)
        except TypeError:
            print(op, type(other).__name__, "TypeError")
try:
    print(a < "abd")
except TypeError:
    print("TypeError compare str")
print(a + bytearray(b"!"), type(a + bytearray(b"!")).__name__)
print(len(a * 1000), (a * 1000)[-1])
print(bool(b""), bool(b"\x00"), list(b"\x00\x01\xff"))
print(max(b"hello"), min(b"hello"), sum(b"\x01\x02\x03"), sorted(b"cab"))
