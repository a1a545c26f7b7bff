# Slicing ranges (the result is a range) with negative steps and out-of-range bounds, shown as lists
rs = [range(10), range(1, 20, 3), range(10, 0, -2), range(-5, 5), range(0)]
cuts = [(None, None, -1), (None, None, 2), (1, -1, None), (-3, None, None), (None, None, -3), (8, 2, -2), (100, 200, None), (-100, 3, None), (None, -100, -1)]
for r in rs:
    for a, b, c in cuts:
        part = r[a:b:c]
        print(list(r)[a:b:c] == list(part), len(part), list(part))
print(type(range(5)[1:3]).__name__, range(5)[::-1][0], range(5)[::-1][-1], range(0, 10, 3)[::-1][1])
