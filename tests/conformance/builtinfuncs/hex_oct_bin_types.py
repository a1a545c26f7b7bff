# hex/oct/bin of bools, big and negative ints, and objects with __index__-free wrong types
print(hex(True), oct(False), bin(True), hex(-1), oct(-8), bin(-5), hex(2**100), bin(-(2**65)), oct(2**64))
for name, f in [("hex", hex), ("oct", oct), ("bin", bin)]:
    for bad in [1.5, "1", None]:
        try:
            f(bad)
        except (TypeError, ValueError):
            print(name, type(bad).__name__, "error")
