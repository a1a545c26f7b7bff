# abs() on ints, floats, big ints, bools and complex numbers.
print(abs(5), abs(-5), abs(0))
print(abs(2.5), abs(-2.5), abs(-0.0))
print(abs(-(2**100)), abs(2**100))
print(abs(True), abs(False))
print(abs(3 + 4j), abs(-5j))
print(abs(-float('inf')))
import sys
print(abs(-sys.maxsize - 1) == sys.maxsize + 1)
for v in (-1, 1, -2**62, 2**62, -2**63, -1.5, 1e300, -1e-300):
    print(abs(v), abs(v) == abs(-v))
print(type(abs(-3)).__name__, type(abs(-3.0)).__name__, type(abs(3j)).__name__)
