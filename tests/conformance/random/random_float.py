import random

random.seed(5)
values = [random.random() for _ in range(2000)]
print(all(0.0 <= v < 1.0 for v in values), type(values[0]).__name__)
print(len(set(values)) > 1990)
mean = sum(values) / len(values)
print(0.45 < mean < 0.55)
print(sum(1 for v in values if v < 0.1) > 100, sum(1 for v in values if v > 0.9) > 100)
u = [random.uniform(-3, 5) for _ in range(1000)]
print(all(-3 <= v <= 5 for v in u), min(u) < -2, max(u) > 4)
print(all(2 <= random.uniform(2, 2) <= 2 for _ in range(5)))
w = [random.uniform(10, 1) for _ in range(100)]
print(all(1 <= v <= 10 for v in w))
