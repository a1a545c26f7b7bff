# len, indexing and negative indices for positive and negative steps
ranges = [range(0), range(5), range(2, 8), range(10, 0, -3), range(-5, 5, 2), range(5, 2), range(0, 10, 100), range(-1, -10, -1)]
for r in ranges:
    items = list(r)
    print(r.start, r.stop, r.step, len(r), items)
    if items:
        print("  ", r[0], r[-1], r[len(r) // 2])
for r, i in [(range(3), 3), (range(3), -4), (range(0), 0)]:
    try:
        r[i]
    except IndexError:
        print("IndexError", i)
try:
    range(1, 2, 0)
except ValueError:
    print("ValueError zero step")
for bad in (1.0, "3", None):
    try:
        range(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
