# + and * on bytes with bytes, bytearray and memoryview operands; += and *= rebind to new objects
a = b"ab"
alias = a
a += b"cd"
print(a, alias, a is alias)
a *= 2
print(a, alias)
print(b"x" + bytearray(b"y"), type(b"x" + bytearray(b"y")).__name__, b"x" + memoryview(b"yz"), type(b"x" + memoryview(b"z")).__name__)
print(b"ab" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -2, b"" * 5, (b"a" + b"b") * 2)
acc = b""
for i in range(5):
    acc += bytes([48 + i])
print(acc, len(acc))
for bad in (1, None, [1]):
    try:
        b"a" + bad
    except TypeError:
        print("TypeError +", type(bad).__name__)
for bad in (1.5, b"2", "2"):
    try:
        b"a" * bad
    except TypeError:
        print("TypeError *", type(bad).__name__)
