# float.is_integer, as_integer_ratio, hex and fromhex (CPython methods MicroPython leaves out)
if not hasattr(1.0, "is_integer") or not hasattr(float, "fromhex") or not hasattr(1, "real"):
    print("SKIP")
    raise SystemExit
for v in [0.0, 1.0, -2.0, 1.5, 1e300, 0.1, float("inf")]:
    print(v, v.is_integer(), v.hex())
for v in [0.5, -0.75, 3.0, 0.1, 1e-3]:
    n, d = v.as_integer_ratio()
    print(v, n, d, n / d == v)
for s in ["0x1.8p1", "-0x1p-2", "0x.8", "ff", " 0x1.999999999999ap-4 "]:
    print(s, float.fromhex(s))
print((2.5).real, (2.5).imag, (7).real, (7).imag, (7).numerator, (7).denominator)
