# List operations: append/pop, indexing and index stores, slicing, insert, extend, reverse, membership,
# index/count, sum/min/max, list multiplication and nested lists (a small matrix product).
# quick: 300
import sys


def stack_work(n):
    stack = []
    total = 0
    for i in range(n):
        stack.append(i)
        stack.append(i * 2)
        if i % 3 == 0:
            total += stack.pop()
        if len(stack) > 3000:
            while len(stack) > 100:
                total += stack.pop() & 1023
    while stack:
        total += stack.pop()
    return total


def index_work(n):
    a = [0] * 256
    for i in range(n):
        j = (i * 7) & 255
        a[j] = a[j] + i
        a[(j + 1) & 255] -= a[j] & 15
    return sum(a) + max(a) - min(a)


def slice_work(n):
    base = list(range(200))
    total = 0
    for i in range(n // 10):
        s = base[i % 50: i % 50 + 100]
        s.reverse()
        t = s[::2]
        t.extend(base[:5])
        t.insert(3, i)
        total += t[3] + t[-1] + len(t) + t.index(i) + t.count(0)
        if (i % 97) in t:
            total += 1
    return total


def matrix_work(size):
    a = [[(i * size + j) % 7 for j in range(size)] for i in range(size)]
    b = [[(i + 2 * j) % 5 for j in range(size)] for i in range(size)]
    c = [[0] * size for _ in range(size)]
    for i in range(size):
        ai = a[i]
        ci = c[i]
        for k in range(size):
            aik = ai[k]
            bk = b[k]
            for j in range(size):
                ci[j] += aik * bk[j]
    return sum(sum(row) for row in c)


def main(n):
    return stack_work(n * 10), index_work(n * 10), slice_work(n * 10), matrix_work(n // 500 + 10)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 80000
print("list_ops", n, *main(n))
