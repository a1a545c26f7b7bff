# Conversions between int and float.
print(int(3.9), int(-3.9), int(3.0), int(-0.5))
print(int(1e20), int(-1e20))
print(int(2.0**70))
print(float(3), float(-7), float(2**60))
print(float(10**20))
print(int(True), int(False), float(True))
print(int('12'), float('12'))
print(int(12.999999), int(-12.999999))
print(3 == 3.0, int(3.5) == 3)
for v in (0.5, 1.5, -1.5, 2.5):
    print(v, int(v))
try:
    int(float('inf'))
except OverflowError:
    print('OverflowError')
try:
    int(float('nan'))
except ValueError:
    print('ValueError')
