# hex(), oct() and bin() of signed values and their round trips
for v in (0, 1, -1, 7, -7, 8, 255, -256, 4096, 2 ** 31 - 1, -(2 ** 31)):
    h, o, b = hex(v), oct(v), bin(v)
    print(v, h, o, b, int(h, 16) == v, int(o, 8) == v, int(b, 2) == v,
          int(h, 0) == v)
# bin() of a non-int is a ValueError in MicroPython (it formats with "{:#b}")
for bad in (1.5, "3", None):
    for f in (hex, oct):
        try:
            f(bad)
        except TypeError as e:
            print(type(bad).__name__, type(e).__name__)
print(hex(True), oct(False), bin(True))
print(0xFF, 0o777, 0b1111, 0x_1_0, 1_000_000)
