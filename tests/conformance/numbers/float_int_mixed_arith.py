# Mixed float/int arithmetic and int / int true division (the VM's float fast path), including the edge cases
# the fast path must hand to the slow path: division by zero, big ints, bools, in-place forms and subclasses.
x = 2.5
n = 4
print(x + n, n + x, x - n, n - x, x * n, n * x, x / n, n / x)
print(7 / 2, -7 / 2, 1 / 3, 0 / -5, 10 / 5, -(2 ** 53) / 3, (2 ** 53 + 1) / 1)
print(2 ** 60 / 3, 3 / 2 ** 60, (2 ** 70) / 7, 1.5 * 2 ** 70, 2 ** 70 - 0.5)
y = 1.0
y += 2
y *= 3
y -= 1
y /= 4
print(y)
k = 9
k /= 2
print(k)
print(True / 2, 2.0 * True, False + 0.5, 3 / True)
for a, b in ((1.0, 0), (1, 0.0), (5, 0), (0.0, 0)):
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError")


class F(float):
    def __add__(self, other):
        return "F.add"

    def __radd__(self, other):
        return "F.radd"


print(F(1.0) + 2, 2 + F(1.0), F(0.5) * 2, F(3.0) / 2)
print(1.0 < 2, 2 < 1.5, 2 ** 53 + 1 > 2.0 ** 53, 3 ** 0.5 == 3 ** 0.5, 2 % 0.75, 7 // 2.0)
total = 0.0
for i in range(1, 200):
    total += 1.0 / (i * (i + 1) // 2 + i + 1) * i - i / 7
print(round(total, 9))


class I(int):
    def __truediv__(self, other):
        return "I.truediv"

    def __rtruediv__(self, other):
        return "I.rtruediv"

    def __mul__(self, other):
        return "I.mul"


print(I(3) / 2, 3 / I(2), I(3) * 2.0, 1.5 / I(2))
