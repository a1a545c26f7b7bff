# bytes.hex with and without a separator, and bytes.fromhex with whitespace and its errors
for data in (b"", b"\x00", b"\x01\xab\xff", bytes(range(16)), bytearray(b"hi")):
    print(data.hex(), data.hex(":"), data.hex("-"))
print(bytes.fromhex(""), bytes.fromhex("00ff"), bytes.fromhex("DEADbeef"), bytes.fromhex("de ad  be ef"), bytearray.fromhex("41 42"))
print(bytes.fromhex(bytes(range(10)).hex()) == bytes(range(10)), type(bytearray.fromhex("00")).__name__)
for bad in ("0", "zz", "0g", "abc"):
    try:
        bytes.fromhex(bad)
    except ValueError:
        print("ValueError", repr(bad))
