# literal forms: hex, octal, binary, with underscores and big values
print(0xff, 0XFF, 0o777, 0O17, 0b1010, 0B11, 1_000_000, 0x_ff, 0b_1_0)
print(0xffffffffffffffff, 0o7777777777777777777777, 0b1 << 100 == 2**100)
print(123456789012345678901234567890, -98765432109876543210)
print(type(0xffffffffffffffffff).__name__)
