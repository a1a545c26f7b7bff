import random

random.seed(42)
for bits in (1, 2, 3, 4, 8, 16, 31, 32):
    values = [random.getrandbits(bits) for _ in range(200)]
    print(bits, all(0 <= v < (1 << bits) for v in values), len(set(values)) > 1)
print(random.getrandbits(0))
# every bit position is seen set and clear
ored = 0
anded = (1 << 32) - 1
for _ in range(200):
    v = random.getrandbits(32)
    ored |= v
    anded &= v
print(ored == (1 << 32) - 1, anded == 0)
