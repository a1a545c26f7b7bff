# Complex numbers: construction and arithmetic.
a = complex(1, 2)
b = 3 + 4j
print(a, b)
print(a + b, a - b, a * b)
print(a == 1 + 2j, a != b)
print(b.real, b.imag, abs(b))
print(complex(2), complex(0, 1))
print((1 + 1j) * (1 + 1j))
print(2 * (1 + 1j), (1 + 1j) + 1)
print(type(b).__name__)
try:
    a < b
except TypeError:
    print('TypeError complex ordering')
