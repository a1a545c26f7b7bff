# Big-int arithmetic: pi to N digits with Machin's formula in fixed point, a factorial, big Fibonacci numbers
# by fast doubling, and modular exponentiation by repeated squaring. Decimal strings stay far below CPython's
# 4300-digit conversion limit.
# quick: 200
import sys


def arctan_inv(x, one):
    # arctan(1/x) * one, by the alternating series, in integers.
    total = term = one // x
    x2 = x * x
    k = 1
    sign = -1
    while term:
        term //= x2
        k += 2
        total += sign * (term // k)
        sign = -sign
    return total


def pi_digits(digits):
    one = 10 ** (digits + 10)
    pi = 4 * (4 * arctan_inv(5, one) - arctan_inv(239, one))
    return pi // 10 ** 10


def factorial(k):
    r = 1
    for i in range(2, k + 1):
        r *= i
    return r


def fib_pair(k):
    # (F(k), F(k+1)) by fast doubling.
    if k == 0:
        return 0, 1
    a, b = fib_pair(k >> 1)
    c = a * (2 * b - a)
    d = a * a + b * b
    if k & 1:
        return d, c + d
    return c, d


def power_mod(base, exp, mod):
    result = 1
    base %= mod
    while exp > 0:
        if exp & 1:
            result = result * base % mod
        base = base * base % mod
        exp >>= 1
    return result


def main(n):
    check = 0
    for d in range(100, n + 1, 100):
        s = str(pi_digits(d))
        for ch in s[-40:]:
            check = (check * 31 + ord(ch)) % 1000000007
    s = str(pi_digits(n))
    for ch in s:
        check = (check * 31 + ord(ch)) % 1000000007
    f = factorial(n)
    check = (check + f % (10 ** 40 + 7)) % (10 ** 30)
    a, b = 0, 1
    for _ in range(n * 10):
        a, b = b, a + b
    fa, fb = fib_pair(n * 10)
    if fa != a or fb != b:
        check = -1
    check ^= fa % (2 ** 61 - 1)
    check ^= (fb >> (n * 3)) & 0xFFFFFFFFFFFF
    m = 2 ** 127 - 1
    for i in range(n // 2 + 1):
        check += power_mod(3 + i, (fa >> (i * 7)) % (2 ** 200) + i, m) % 1000003
    return s[:12], s[-12:], len(s), check


n = int(sys.argv[1]) if len(sys.argv) > 1 else 4000
print("bigint", n, *main(n))
