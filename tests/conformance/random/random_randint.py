import random

random.seed(99)
print(sorted(set(random.randint(1, 6) for _ in range(300))))
print(sorted(set(random.randint(-2, 2) for _ in range(300))))
print(set(random.randint(7, 7) for _ in range(10)))
values = [random.randint(0, 2**30) for _ in range(300)]
print(all(0 <= v <= 2**30 for v in values), len(set(values)) > 250)
counts = [0] * 4
for _ in range(4000):
    counts[random.randint(0, 3)] += 1
print(all(800 < c < 1200 for c in counts))
