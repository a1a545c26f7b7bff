# int() with different argument types.
print(int(), int(0), int(-0))
print(int(7), int(-7), int(2**70))
print(int(7.9), int(-7.9))
print(int('  -12  '), int('0012'))
print(int(True), int(False))
print(int('11', 2), int('11', 3), int('11', 16), int('11', 36))
print(int(b'42') if False else int('42'))
try:
    int(None)
except TypeError:
    print('TypeError None')
try:
    int([1])
except TypeError:
    print('TypeError list')
try:
    int('12', 37)
except ValueError:
    print('ValueError base 37')
