# int() of bytes and bytearray reads the digits as text
print(int(b"12"), int(b" -7 "), int(bytearray(b"101"), 2), int(b"ff", 16), int(b"0x1f", 0))
for b in [b"", b"x", b"1.5"]:
    try:
        int(b)
    except ValueError:
        print(b, "ValueError")
