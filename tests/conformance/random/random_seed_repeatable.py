import random

# the same seed gives the same sequence, whatever the generator
for seed in (0, 1, 12345, 2**31 - 1):
    random.seed(seed)
    first = [random.getrandbits(32) for _ in range(20)]
    random.seed(seed)
    again = [random.getrandbits(32) for _ in range(20)]
    print(seed, first == again)
random.seed(1)
a = [random.randint(0, 1000) for _ in range(10)]
random.seed(2)
b = [random.randint(0, 1000) for _ in range(10)]
print(a != b)
random.seed(0)
print(random.getrandbits(16) != 0 or random.getrandbits(16) != 0)
