# bin/oct/hex of ints of every sign and size
for v in (0, 1, -1, 7, -8, 255, 256, 2**31, -(2**31), 2**64 + 1, -(2**70)):
    print(v, bin(v), oct(v), hex(v))
for bad in (1.0, "1", None):
    try:
        hex(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
print(int(bin(12345), 0), int(hex(-99), 16), int(oct(64), 8))
