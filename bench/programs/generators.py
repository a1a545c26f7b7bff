# Generators: a pipeline of generator functions, yield from, generator expressions consumed by sum/max,
# send() and early exit from an infinite generator.
# quick: 300
import sys


def naturals(start):
    k = start
    while True:
        yield k
        k += 1


def take(gen, count):
    for x in gen:
        if count <= 0:
            return
        count -= 1
        yield x


def only_odd(gen):
    for x in gen:
        if x & 1:
            yield x


def squares(gen):
    for x in gen:
        yield x * x


def chain(*gens):
    for g in gens:
        yield from g


def accumulator():
    total = 0
    while True:
        v = yield total
        total += v


def pairs(n):
    for i in range(n):
        for j in range(i, i + 3):
            yield i, j


def main(n):
    a = sum(squares(only_odd(take(naturals(1), n))))
    b = 0
    for x in chain(range(n // 2), take(naturals(5), n // 2), (k * 3 for k in range(n // 4))):
        b += x
    c = max(x ^ y for x, y in pairs(n // 3))
    acc = accumulator()
    next(acc)
    d = 0
    for i in range(n // 2):
        d = acc.send(i & 15)
    e = sum(1 for x in range(n) if x % 7 == 3)
    return a, b, c, d, e


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1300000
print("generators", n, *main(n))
