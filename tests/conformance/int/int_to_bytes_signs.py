# int.to_bytes / int.from_bytes in both byte orders
for v in (0, 1, 255, 256, 0x1234, 0xdeadbeef):
    for order in ("big", "little"):
        b = v.to_bytes(4, order)
        print(v, order, b, int.from_bytes(b, order) == v)
print(int.from_bytes(b"", "big"), int.from_bytes(b"\x00\x00\x01", "big"))
print(int.from_bytes(b"\x01\x00\x00", "little"), int.from_bytes(b"\xff", "big"))
print((1).to_bytes(1, "big"), (0).to_bytes(2, "little"))
print(int.from_bytes(bytearray(b"\x02\x01"), "little"))
