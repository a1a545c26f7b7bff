# Slices of tuples with step 1: negative and out-of-range bounds, empty results, copies compare equal
t = tuple(range(8))
for a, b in [(2, 5), (-3, None), (None, -3), (5, 2), (100, 200), (-100, 3), (0, 0), (None, None), (-1, -1), (3, -3)]:
    print(a, b, t[a:b], len(t[a:b]))
print(t[:] == t, t[1:] + t[:1], ()[0:5], (1,)[0:1], t[-1], t[-8])
for bad in (8, -9):
    try:
        t[bad]
    except IndexError:
        print("IndexError", bad)
