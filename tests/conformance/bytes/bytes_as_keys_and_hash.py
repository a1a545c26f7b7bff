# bytes are hashable and equal bytes find the same entries; bytearray is not hashable
d = {b"key": 1, b"": 2}
print(d[b"key"], d[bytes(3)[:0]], d[b"ke" + b"y"], b"key" in d, bytes(b"key") in d, d.get(bytes([107, 101, 121])))
print(hash(b"abc") == hash(b"a" + b"bc"), hash(b"") == hash(bytes()), len({b"a", b"a", bytes([97])}))
for bad in (bytearray(b"k"), [b"k"]):
    try:
        {bad: 1}
    except TypeError:
        print("TypeError", type(bad).__name__)
s = {b"x", b"y"}
print(sorted(s), b"x" in s, sorted({bytes([i]) for i in (3, 1, 2)}))
