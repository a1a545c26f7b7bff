# repr/str of floats that have a short exact decimal form.
for v in (0.0, 1.0, -1.5, 0.1, 0.25, 100.0, 1e16, 1e-5, 1e22, 1.5e-7,
          123.456, 1e100, 2.5e-10, 0.3, 12345678.9):
    print(repr(v), str(v))
print(0.1 + 0.2)
print(1 / 4, 3 / 8)
print(float(2**53))
print([0.5, 1.25], (2.0,))
print(-1e-5, -1e16, 1.0e15, 123456789012.5)
print(0.1 * 3, 2.5 * 4, 1 / 16, 7.0 / 2)
print(str(1.0), str(10.0), str(1e2), str(1e-2))
x = 0.0
for _ in range(10):
    x += 0.25
print(x)
