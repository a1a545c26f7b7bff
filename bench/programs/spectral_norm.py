# Spectral norm: the largest singular value of an infinite matrix with entries 1/((i+j)(i+j+1)/2+i+1),
# approximated by power iteration on A^T A (float arithmetic, nested loops over lists).
# quick: 20
import sys

try:
    from math import sqrt
except ImportError:
    def sqrt(x):
        return x ** 0.5


def entry(i, j):
    s = i + j
    return 1.0 / (s * (s + 1) // 2 + i + 1)


def times(v, out, transposed):
    size = len(v)
    for i in range(size):
        acc = 0.0
        if transposed:
            for j in range(size):
                acc += entry(j, i) * v[j]
        else:
            for j in range(size):
                acc += entry(i, j) * v[j]
        out[i] = acc


def times_ata(v, out, tmp):
    times(v, tmp, False)
    times(tmp, out, True)


def main(n):
    u = [1.0] * n
    v = [0.0] * n
    tmp = [0.0] * n
    for _ in range(10):
        times_ata(u, v, tmp)
        times_ata(v, u, tmp)
    vbv = 0.0
    vv = 0.0
    for i in range(n):
        vbv += u[i] * v[i]
        vv += v[i] * v[i]
    return sqrt(vbv / vv)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 330
print("spectral_norm", n, "%.9f" % main(n))
