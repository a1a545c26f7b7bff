# Closures: counters with nonlocal state, function factories, lambdas captured in lists, closures passed to
# map/filter and a closure over a loop-carried cell.
# quick: 300
import sys


def make_counter(step):
    count = 0

    def bump():
        nonlocal count
        count += step
        return count

    return bump


def make_adder(k):
    return lambda x: x + k


def compose(f, g):
    def h(x):
        return f(g(x))

    return h


def make_accumulators(m):
    fns = []
    for i in range(m):
        fns.append(lambda x, i=i: x * i + 1)
    return fns


def main(n):
    c1 = make_counter(1)
    c3 = make_counter(3)
    add5 = make_adder(5)
    twice = compose(add5, make_adder(-2))
    fns = make_accumulators(8)
    total = 0
    for i in range(n):
        total += c1() + c3()
        total += twice(i)
        total += fns[i & 7](i)
        total &= 0xFFFFFFF
    limit = n // 3

    def below(x):
        return x < limit

    mapped = list(map(add5, range(n // 4)))
    kept = list(filter(below, mapped))
    total += sum(kept) + len(kept)
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1100000
print("closures", n, main(n))
