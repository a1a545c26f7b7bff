# A deterministic pseudo-random walk of operations on arrays of every type code (values in range), checked
# against CPython: append, extend, indexing, slices with steps, slice assignment, del, in, ==, <, +=, *.
import array
# deterministic pseudo-random
seed = 12345
def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n
codes = 'bBhHiIqQfd'
lim = {'b': 127, 'B': 255, 'h': 3000, 'H': 6000, 'i': 10**6, 'I': 10**6, 'q': 10**12, 'Q': 10**12, 'f': 100, 'd': 1000}
def val(c):
    v = rnd(lim[c])
    if c.islower() and c not in 'fd' and rnd(2): v = -v
    if c in 'fd': v = v / 4
    return v
out = []
for trial in range(300):
    c = codes[rnd(len(codes))]
    a = array.array(c, [val(c) for _ in range(rnd(6))])
    for step in range(6):
        op = rnd(12)
        try:
            if op == 0: a.append(val(c))
            elif op == 1: a.extend([val(c) for _ in range(rnd(3))])
            elif op == 2: out.append(a[rnd(8) - 4])
            elif op == 3: out.append(a[rnd(6) - 3:rnd(6) - 3:(rnd(3) + 1) * (1 if rnd(2) else -1)])
            elif op == 4: a[rnd(6) - 3:rnd(6) - 3] = array.array(c, [val(c) for _ in range(rnd(3))])
            elif op == 5: del a[rnd(6) - 3]
            elif op == 6: out.append(val(c) in a)
            elif op == 7: out.append(a == array.array(c, list(a)))
            elif op == 8: a += array.array(c, [val(c)])
            elif op == 9: out.append((a < array.array(c, [val(c)]), len(a * 2)))
            elif op == 10: a[rnd(6) - 3] = val(c)
            elif op == 11: del a[rnd(4) - 2::rnd(2) + 1]
        except Exception as e:
            out.append(type(e).__name__)
    out.append(a)
for o in out: print(o)
