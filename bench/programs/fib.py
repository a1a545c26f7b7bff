# Recursion: the naive doubly recursive Fibonacci function (function-call and small-int dominated).
# quick: 15
import sys


def fib(k):
    if k < 2:
        return k
    return fib(k - 1) + fib(k - 2)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 33
print("fib", n, fib(n))
