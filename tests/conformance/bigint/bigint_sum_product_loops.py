# accumulating sums and products that cross into big ints and back
total = 0
for i in range(1, 60):
    total += 2**i * (-1)**i
print(total)
p = 1
for i in range(1, 40):
    p *= 3
print(p, p // 3**20, p % 3**20, p - 3**39)
acc = 2**100
for _ in range(100):
    acc //= 2
print(acc, type(acc).__name__)
