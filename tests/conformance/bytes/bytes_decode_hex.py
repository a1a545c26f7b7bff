# decode, str encode round trips, hex and fromhex
for s in ["", "abc", "\u00e9t\u00e9", "\u20ac", "\U0001f600"]:
    e = s.encode()
    print(len(s), len(e), list(e), e.decode() == s)
print(b"abc".decode("utf-8"), b"abc".decode("ascii"), str(b"hi", "utf-8"))
print(b"\x00\x0f\xf0\xff".hex(), b"".hex())
print(bytes.fromhex("000fF0ff"), bytes.fromhex(""))
for bad in ["0", "zz", "0g"]:
    try:
        print(bytes.fromhex(bad))
    except ValueError:
        print("ValueError", bad)
try:
    b"\xff".decode()
except UnicodeError as e:
    print(type(e).__name__ in ("UnicodeError", "UnicodeDecodeError"))
