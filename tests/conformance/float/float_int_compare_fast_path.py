# Float vs int comparisons at the edges of what a double holds exactly: ints up to 2**53 compare as doubles,
# bigger ones (and big ints) must still compare exactly; NaN and signed zeros; both operand orders; in loops so
# the interpreter's fast paths are the ones tested.
nan = float("nan")
inf = float("inf")
big = 2 ** 53
floats = [0.0, -0.0, 1.0, -1.0, 0.5, float(big), float(big + 2), -float(big), 1e300, inf, -inf, nan]
ints = [0, 1, -1, 2, big - 1, big, big + 1, big + 2, -big - 1, 2 ** 63, -(2 ** 63), 2 ** 64 + 1, 10 ** 400]
for f in floats:
    row = []
    for i in ints:
        row.append("".join("1" if r else "0" for r in (f < i, f > i, f == i, f <= i, f >= i, f != i)))
        row.append("".join("1" if r else "0" for r in (i < f, i > f, i == f, i <= f, i >= f, i != f)))
    print(repr(f), " ".join(row))
total = 0
x = 0.25
for k in range(-5, 6):
    if x * k < k:
        total += 1
    if k >= x:
        total += 10
    if x == k:
        total += 100
print(total)
