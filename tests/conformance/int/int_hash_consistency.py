# numbers that compare equal hash equal and act as the same dict key
print(hash(1) == hash(1.0) == hash(True), hash(0) == hash(0.0) == hash(False) == hash(-0.0))
print(hash(2**40) == hash(float(2**40)), hash(-5) == hash(-5.0))
d = {1: "int"}
d[1.0] = "float"
d[True] = "bool"
print(d, len(d))
s = {0, 0.0, False, -0.0}
print(len(s))
print(hash(7) == hash(7), hash(-1) == hash(-1))
