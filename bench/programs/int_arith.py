# Small-int arithmetic in tight loops: Collatz step counts, Euclid's gcd, a xorshift generator and a digit-sum,
# using + - * // % << >> & | ^ and comparisons.
# quick: 300
import sys


def collatz_steps(k):
    steps = 0
    while k != 1:
        if k & 1:
            k = 3 * k + 1
        else:
            k = k >> 1
        steps += 1
    return steps


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def digit_sum(k):
    s = 0
    while k > 0:
        s += k % 10
        k //= 10
    return s


def main(n):
    total = 0
    for k in range(1, n + 1):
        total += collatz_steps(k)
    state = 2463534242
    g = 0
    for k in range(1, n + 1):
        state ^= (state << 13) & 0xFFFFFFFF
        state ^= state >> 17
        state ^= (state << 5) & 0xFFFFFFFF
        g += gcd(state % 100000 + 1, k * 7 + 1)
        g += digit_sum(state) - (k | 5) + (k ^ 3)
    return total, g


n = int(sys.argv[1]) if len(sys.argv) > 1 else 65000
a, b = main(n)
print("int_arith", n, a, b)
