# Combinations of not/and/or with comparisons.
def f(a, b, c):
    return (a and not b) or (c and a != b)
for a in (0, 1):
    for b in (0, 1):
        for c in (0, 1):
            print(a, b, c, bool(f(a, b, c)))
x = 7
print(not x > 5, not (x > 5 and x < 6), x > 5 and not x > 10)
print(not 1 == 2 and 3 == 3)
