# Sorting: list.sort and sorted with key functions (lambda, attribute getter, tuple keys), reverse=True, and
# plain sorts of ints and strings. Keys are made unique so the result does not depend on sort stability.
# quick: 300
import sys


class Rec:
    def __init__(self, ident, score, name):
        self.ident = ident
        self.score = score
        self.name = name


def key_score(r):
    return (r.score, r.ident)


def main(n):
    x = 42
    recs = []
    for i in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        recs.append(Rec(i, (x >> 8) % 1000, "n" + str((x >> 4) % 5000)))
    total = 0
    for rnd in range(3):
        by_score = sorted(recs, key=key_score)
        by_name = sorted(recs, key=lambda r: (r.name, r.ident), reverse=True)
        ids = [r.ident for r in recs]
        ids.sort(key=lambda k: ((k * 7919 + rnd) % n, k))
        total += by_score[0].ident + by_score[-1].ident + by_name[0].ident + ids[0] + ids[-1]
        for pos in range(0, n, 37):
            total += pos * by_score[pos].ident + by_name[pos].ident
        total &= 0xFFFFFFFFFF
    ints = [(i * 2654435761) % 1000003 for i in range(n)]
    ints.sort()
    strs = sorted(r.name for r in recs)
    return total, ints[0], ints[n // 2], ints[-1], strs[0], strs[-1]


n = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
print("sort_key", n, *main(n))
