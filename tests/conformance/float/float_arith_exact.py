# Float arithmetic whose results are exactly representable
vals = [0.5, 1.25, -2.0, 3.0, -0.75, 8.0]
for a in vals:
    print(a, [a + b for b in vals], [a * b for b in vals])
for a in vals:
    print([a - b for b in vals], [a / b for b in vals if b in (0.5, -2.0, 8.0)])
print(2.0 ** 10, 2.0 ** -2, 4.0 ** 0.5, (-8.0) ** 2, 9 ** 0.5, 0.0 ** 0)
print(1 + 0.5, 3 * 0.25, 10 / 4, 10 // 4.0, 2 ** -1, -3 / 2)
x = 1.5
x += 1
x *= 2
x /= 5
print(x)
