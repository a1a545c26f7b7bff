import random

random.seed(7)
print(sorted(set(random.randrange(5) for _ in range(300))))
print(sorted(set(random.randrange(-3, 3) for _ in range(300))))
print(sorted(set(random.randrange(0, 20, 5) for _ in range(300))))
print(sorted(set(random.randrange(10, 0, -3) for _ in range(300))))
print(sorted(set(random.randrange(-10, -20, -4) for _ in range(300))))
print(sorted(set(random.randrange(1, 2) for _ in range(20))))
print(all(0 <= random.randrange(1000000) < 1000000 for _ in range(500)))
