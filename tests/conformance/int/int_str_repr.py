# str/repr of ints, including leading zeros, negatives and containers
for v in (0, -0, 7, -7, 10 ** 9, -(10 ** 9), 2 ** 31, 0o17, 0x10, 0b11):
    print(str(v), repr(v), len(str(v)), str(v) == repr(v))
print([1, -2, 3], (0,), {1: -1}, str(True), repr(False), str(-True))
print(int("-0"), int("+0"), int("000"), 1000000, 1_0, 0_0)
