# float() of ints, bools, big ints, bytes-free types and wrong types
print(float(), float(0), float(-7), float(True), float(False), float(2**53), float(2**63), float(-(10**20)))
print(float(1.5), float(-0.0))
for bad in [None, [], (), {}, 1j]:
    try:
        float(bad)
    except TypeError:
        print(type(bad).__name__, "TypeError")
