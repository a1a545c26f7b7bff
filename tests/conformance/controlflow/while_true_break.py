# while True loops exited with break or return.
def collatz(n):
    steps = 0
    while True:
        if n == 1:
            return steps
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
print([collatz(n) for n in range(1, 11)])
total = 0
k = 0
while True:
    k += 1
    if k > 100:
        break
    if k % 7:
        continue
    total += k
print(total)
