# Accumulating sums that cross the small-int boundary in both directions
acc = 0
for i in range(70):
    acc += 1 << i
print(acc, acc == 2 ** 70 - 1)
for i in range(70):
    acc -= 1 << i
print(acc, type(acc).__name__)
print(sum(range(10 ** 6, 10 ** 6 + 100)) * 10 ** 20)
x = 2 ** 62
print(x + x, x + x - x == x, -x - x, (-x - x) + x == -x)
fib = [0, 1]
while len(fib) < 120:
    fib.append(fib[-1] + fib[-2])
print(fib[100], fib[119], fib[119] - fib[118] == fib[117])
