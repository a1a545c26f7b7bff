# Counting patterns with while loops.
n = 12345
digits = 0
s = 0
while n:
    s += n % 10
    n //= 10
    digits += 1
print(digits, s)
a, b = 0, 1
fib = []
while a < 100:
    fib.append(a)
    a, b = b, a + b
print(fib)
x = 1
steps = 0
while x < 1000:
    x *= 3
    steps += 1
print(x, steps)
