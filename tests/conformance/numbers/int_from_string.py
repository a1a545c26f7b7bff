# Parsing integers from strings with various bases.
print(int('42'), int('-42'), int('+42'), int('  7  '))
print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0xff', 0))
print(int('777', 8), int('0o777', 0), int('0o777', 8))
print(int('1010', 2), int('0b1010', 0), int('0b1010', 2))
print(int('z', 36), int('Zz', 36))
print(int('10', 0), int('0', 0))
print(int('123456789012345678901234567890'))
print(int('-ffffffffffffffffffffffff', 16))
for bad in ('', 'abc', '1.5', '12a', '0x'):
    try:
        int(bad)
    except ValueError:
        print('ValueError', repr(bad))
try:
    int('9', 8)
except ValueError:
    print('ValueError base 8')
