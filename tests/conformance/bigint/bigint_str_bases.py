# Converting big ints to and from strings in several bases
vals = [2 ** 64, -(2 ** 64), 2 ** 100 - 1, 10 ** 40, -(3 ** 80)]
for v in vals:
    print(v, hex(v), oct(v))
    print(bin(v))
    print(int(str(v)) == v, int(hex(v), 16) == v, int(oct(v), 0) == v, int(bin(v), 0) == v)
s = "9" * 60
print(int(s) + 1 == 10 ** 60)
print(int("-" + "1" * 50, 2))
print(int("z" * 20, 36))
print(int("0x" + "f" * 32, 16) == 2 ** 128 - 1)
print(int(" 123456789012345678901234567890 "))
print(int("1_000_000_000_000_000_000_000"))
