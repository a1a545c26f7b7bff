# slices are clamped to the sequence; reversed bounds give empty results
seqs = [[0, 1, 2, 3, 4], (0, 1, 2, 3, 4), "01234", b"01234"]
bounds = [(None, None), (1, None), (None, -1), (-2, None), (3, 1), (-100, 2), (2, 100), (100, None), (-1, -3), (0, 0)]
for seq in seqs:
    print([seq[a:b] for a, b in bounds])
empty = [[], (), "", b""]
print([e[1:3] for e in empty])
for seq in ([1, 2, 3], "abc"):
    for bad in ("a", 1.5):
        try:
            seq[bad:2]
        except TypeError:
            print("TypeError", type(bad).__name__)
