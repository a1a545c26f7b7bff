# Results that cross machine-word and small-int boundaries.
import sys
m = 2**62
print(m, m - 1, m + m, -m - m)
print(2**63 - 1, 2**63, -(2**63), -(2**63) - 1)
print(2**64 - 1, 2**64)
print(3037000499 * 3037000499, 3037000500 * 3037000500)
print(-3037000500 * 3037000500)
print(4611686018427387904 * 2, 4611686018427387903 + 1)
print(-4611686018427387904 - 1)
print(sys.maxsize + 1 > sys.maxsize)
x = 2**62
x += x
x -= 2**63
print(x, type(x).__name__)
print((2**63) // (2**62), (2**64) % (2**62 + 1))
print(abs(-(2**63)), -(-(2**63)))
