# CPython's int/float/complex methods that MicroPython leaves out (bit_length, bit_count, is_integer,
# as_integer_ratio, conjugate): probed first, SKIP where absent.
try:
    (1).bit_length
except AttributeError:
    print('SKIP')
    raise SystemExit
for n in (0, 1, 5, -5, 255, 256, 2 ** 64, -(2 ** 100) + 1, True):
    print(n, n.bit_length(), n.bit_count(), n.conjugate(), n.as_integer_ratio())
for x in (0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 1e300, 5e-324, 2.0 ** 60):
    print(x, x.is_integer(), x.as_integer_ratio(), x.conjugate())
for bad in (float('inf'), float('-inf'), float('nan')):
    print(bad.is_integer())
    try:
        bad.as_integer_ratio()
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
print((3 + 4j).conjugate(), (-1.5j).conjugate(), complex(2).conjugate())
