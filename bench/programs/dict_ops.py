# Dict operations: string and int keys, counting with get and setdefault, membership, deletion, update,
# iteration over items/keys/values (order-independent results), and dicts of lists.
# quick: 300
import sys


def make_words(n, seed):
    syll = ["ka", "lo", "mi", "ne", "su", "ta", "ri", "po"]
    words = []
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
        r = x >> 16
        w = syll[r % 8] + syll[(r >> 3) % 8]
        if r & 64:
            w += syll[(r >> 7) % 8]
        words.append(w)
    return words


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def group_by_length(words):
    groups = {}
    for w in words:
        groups.setdefault(len(w), []).append(w)
    return groups


def int_keys(n):
    d = {}
    for i in range(n):
        d[i * 7 % 1009] = i
    total = 0
    for i in range(n):
        k = (i * 13) % 1200
        if k in d:
            total += d[k]
            if i & 1:
                del d[k]
        else:
            d[k] = -i
    d.update({1: 1, 2: 2})
    for k, v in d.items():
        total += k * 3 - v
    total += sum(d.keys()) + len(d.values())
    return total


def main(n):
    # Words come in batches of 5000 so memory stays small; the counts accumulate over all of them.
    counts = {}
    groups = {}
    left = n * 10
    seed = 12345
    while left > 0:
        words = make_words(min(5000, left), seed)
        seed += 1
        left -= len(words)
        for w, k in count_words(words).items():
            counts[w] = counts.get(w, 0) + k
        for length, ws in group_by_length(words).items():
            groups.setdefault(length, []).extend(ws[:10])
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:3]
    total = 0
    for k in counts:
        total += counts[k] * len(k)
    sizes = sorted((k, len(v)) for k, v in groups.items())
    return len(counts), top, sizes, total, int_keys(n * 20)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
print("dict_ops", n, *main(n))
