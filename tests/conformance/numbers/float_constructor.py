# float() with different argument types.
print(float(), float(0), float(7), float(-7))
print(float('2.5'), float(' -2.5 '), float(True))
print(float(2**70) == 2.0**70)
print(float(0.5), float(-0.0))
try:
    float(None)
except TypeError:
    print('TypeError None')
try:
    float('abc')
except ValueError:
    print('ValueError abc')
print(float('1_000.5') if False else float('1000.5'))
