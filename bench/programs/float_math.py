# Float arithmetic: hand-written Taylor series for sin/cos/exp, Newton square roots, Simpson integration and a
# Mandelbrot escape-time count. Only + - * / and comparisons, so results are bit-identical everywhere.
# quick: 20
import sys


def sin_t(x):
    x2 = x * x
    term = x
    s = x
    k = 1
    while k < 19:
        term = -term * x2 / ((k + 1) * (k + 2))
        s += term
        k += 2
    return s


def exp_t(x):
    term = 1.0
    s = 1.0
    for k in range(1, 25):
        term = term * x / k
        s += term
    return s


def sqrt_newton(a):
    x = a if a > 1.0 else 1.0
    for _ in range(30):
        x = 0.5 * (x + a / x)
    return x


def simpson(f, a, b, steps):
    h = (b - a) / steps
    s = f(a) + f(b)
    for i in range(1, steps):
        x = a + i * h
        s += (4.0 if i & 1 else 2.0) * f(x)
    return s * h / 3.0


def mandel_count(size, max_iter):
    inside = 0
    iters = 0
    for py in range(size):
        ci = -1.2 + 2.4 * py / size
        for px in range(size):
            cr = -2.0 + 2.6 * px / size
            zr = zi = 0.0
            k = 0
            while k < max_iter:
                zr2 = zr * zr
                zi2 = zi * zi
                if zr2 + zi2 > 4.0:
                    break
                zi = 2.0 * zr * zi + ci
                zr = zr2 - zi2 + cr
                k += 1
            iters += k
            if k == max_iter:
                inside += 1
    return inside, iters


def main(n):
    a = simpson(sin_t, 0.0, 3.0, n * 50)
    b = simpson(exp_t, -1.0, 1.0, n * 20)
    c = 0.0
    for i in range(1, n * 50):
        c += sqrt_newton(i * 0.37)
    inside, iters = mandel_count(n * 2, 60)
    return a, b, c, inside, iters


n = int(sys.argv[1]) if len(sys.argv) > 1 else 250
a, b, c, inside, iters = main(n)
print("float_math", n, "%.9f" % a, "%.9f" % b, "%.6f" % c, inside, iters)
