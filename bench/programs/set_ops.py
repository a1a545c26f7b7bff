# Set operations: add/discard, membership tests, union/intersection/difference/symmetric difference, subset
# tests and set comprehensions. Works in rounds on sets of at most 10000 elements (memory stays small); only
# order-independent results (sizes, sums) are printed.
# quick: 300
import sys


def one_round(m, salt):
    evens = set()
    threes = set()
    for i in range(m):
        evens.add(i * 2 + salt)
        threes.add(i * 3 + salt)
    total = 0
    for i in range(salt, salt + m * 3):
        if i in evens:
            total += 1
        if i in threes:
            total += 2
    u = evens | threes
    both = evens & threes
    only = evens - threes
    sym = evens ^ threes
    total += len(u) + len(both) + len(only) + len(sym) + sum(both) % 100003
    seen = set()
    dup = 0
    x = 7 + salt
    for _ in range(m * 2):
        x = (x * 75 + 74) % 4099
        if x in seen:
            dup += 1
            seen.discard(x)
        else:
            seen.add(x)
    small = {k for k in range(0, 60, 6)}
    sub = 0
    for r in range(m // 10):
        part = set(range(r % 30, r % 30 + 40))
        if small.issubset(part):
            sub += 1
        sub += len(part & small) + len(part.union(small)) + len(part.difference(small))
    strs = set()
    for i in range(m):
        strs.add("s" + str((i + salt) % 997))
    return total, dup, len(seen), sum(seen) % 1000003, sub, len(strs)


def main(n):
    result = [0] * 6
    start = 0
    while start < n:
        m = min(10000, n - start)
        r = one_round(m, start)
        for k in range(6):
            result[k] += r[k]
        start += m
    return result


n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
print("set_ops", n, *main(n))
