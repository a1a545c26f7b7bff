# Underscores in integer and float literals are ignored.
print(1_000_000)
print(1_0)
print(0x_ff, 0xff_ff)
print(0o_17, 0o1_7)
print(0b_1010, 0b1_0_1_0)
print(1_000.000_1)
print(1_0e1_0)
print(12_345 + 1)
x = 100_000_000_000_000_000_000
print(x, type(x).__name__)
