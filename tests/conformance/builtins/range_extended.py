# range: negative steps, len, indexing from the end, slicing into ranges, membership, reversal, truth.
for r in (range(5), range(2, 12, 3), range(10, 0, -2), range(0, -7, -3), range(4, 4), range(5, 1)):
    print(r, len(r), list(r), bool(r), r[0] if r else None, r[-1] if r else None)
r = range(1, 20, 4)
print(r[1:3], r[::-1], r[::2], list(r[1:]), r.start, r.stop, r.step)
print(5 in r, 6 in r, 21 in r, -3 in range(0, -10, -3), 1.0 in range(3))
print(list(reversed(range(1, 10, 4))), sum(range(1, 101)), max(range(7)), sorted(range(3, 0, -1)))
print([i for i in range(10, 0, -3)], list(zip(range(3), range(10, 13))))
for bad in (lambda: range(0, 5, 0), lambda: range(3)[3], lambda: range(1.5)):
    try:
        bad()
    except (ValueError, IndexError, TypeError) as e:
        print(type(e).__name__)
