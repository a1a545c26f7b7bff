# to_bytes/from_bytes (big and little endian) of values wider than a word
for n in [2**64, 2**64 - 1, 2**100 + 3, 10**30]:
    le = n.to_bytes(16, "little")
    be = n.to_bytes(16, "big")
    print(le, be, int.from_bytes(le, "little") == n, int.from_bytes(be, "big") == n)
print(int.from_bytes(b"\xff" * 20, "big") == 2**160 - 1, int.from_bytes(b"\x01" + b"\x00" * 15, "little"))
try:
    (2**64).to_bytes(8, "little")
except OverflowError:
    print("OverflowError")
