# Comprehensions: list, dict and set comprehensions, nested and filtered ones, and generator expressions.
# quick: 300
import sys


def main(n):
    total = 0
    for r in range(n // 100):
        base = r % 17
        sq = [x * x for x in range(100) if x % 3 != base % 3]
        pairs = [(x, y) for x in range(10) for y in range(x, 10) if (x + y + base) % 4 == 0]
        d = {x: x * 2 + base for x in range(50)}
        inv = {v: k for k, v in d.items() if v % 3 == 0}
        s = {x % (base + 7) for x in sq}
        grid = [[i * j for j in range(8)] for i in range(8)]
        flat = [v for row in grid for v in row if v & 1]
        total += sum(sq) + len(pairs) + sum(inv) + sum(inv.values()) + len(s) + sum(flat)
        total += sum(x for x in sq if x & 4)
    return total


n = int(sys.argv[1]) if len(sys.argv) > 1 else 1200000
print("comprehensions", n, main(n))
