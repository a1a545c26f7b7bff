# repr and str of floats with short shortest-round-trip forms
vals = [0.0, -0.0, 1.0, -1.0, 0.5, 0.1, 0.25, 1.5, 100.0, 123.456, 1e16,
        1e-5, 1.5e-7, 1e22, 3.0e100, -2.5e-10, 12345678.0, 0.3]
for v in vals:
    print(repr(v), str(v))
print(1 / 3 * 3, 2 / 3 > 0.666, 1e15 + 0.5)
print(float(10 ** 15), float(10 ** 16), 1.0e-4, 0.001)
print([1.0, 2.5, -0.125])
print((0.1, -3.75))
