# sums of floats in loops, in sum(), and with ints mixed in
print(sum([0.5] * 4), sum([1, 0.5, 0.25]), sum([], 0.0), sum(range(5), 0.5))
acc = 0.0
for _ in range(10):
    acc += 0.1
print(acc, acc == 1.0)
total = 0.0
for i in range(1, 11):
    total += 1.0 / i
print(total)
print(1e16 + 1.0 - 1e16, 0.1 + 0.2 + 0.3, 0.3 + 0.2 + 0.1)
