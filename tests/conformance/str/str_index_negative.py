# Negative indices and out-of-range slice bounds on strings
s = "abcdef"
print([s[i] for i in range(-6, 6)])
for i in (6, -7, 100, -100):
    try:
        print(s[i])
    except IndexError as e:
        print(i, type(e).__name__)
bounds = [None, -100, -7, -6, -3, -1, 0, 1, 3, 6, 7, 100]
for a in bounds:
    print(a, [s[a:b] for b in bounds])
print(s[::-1], s[::1], s[-1::-1], s[10:-10:-1], s[:0], s[-0:])
