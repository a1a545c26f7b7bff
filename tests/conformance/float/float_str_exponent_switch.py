# where str() switches to exponent notation, for powers of ten and near them
for e in range(-8, 20):
    v = float("1e" + str(e))
    print(e, v, -v * 1.5, v * 1.25)
print(1e15, 1e16, 9.99e15, 1.234e16, 123456789012345.6, 0.0001, 0.00001)
