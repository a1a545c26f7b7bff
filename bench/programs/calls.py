# Plain function calls: positional, default, keyword, *args and **kwargs arguments, and nested calls.
# quick: 2000
import sys


def add(a, b):
    return a + b


def add3(a, b, c=1):
    return a + b + c


def scaled(x, y=2, z=3):
    return x * y - z


def count_args(*args):
    return len(args) + args[0]


def count_kwargs(**kwargs):
    return len(kwargs)


def outer(x):
    return add(x, 1) + add3(x, 2)


def noop():
    pass


def main(n):
    total = 0
    for i in range(n):
        noop()
        total += add(i, 3)
        total += add3(i, 1)
        total += add3(i, 2, 3)
        total += scaled(i, z=1)
        total += scaled(x=i, y=3)
        total += count_args(i, 2, 3)
        total += outer(i)
        if i % 8 == 0:
            total += count_kwargs(a=i, b=2)
        total &= 0xFFFFFFF
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 700000
print("calls", n, main(n))
