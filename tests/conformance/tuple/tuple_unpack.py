# unpacking tuples into names, including starred and wrong counts
a, b = (1, 2)
print(a, b)
a, *rest = (1, 2, 3, 4)
print(a, rest)
*init, last = (1,)
print(init, last)
first, *mid, end = "abcde"
print(first, mid, end)
for src in [(1,), (1, 2, 3), ()]:
    try:
        x, y = src
        print(x, y)
    except ValueError:
        print("ValueError", len(src))
try:
    p, q = 5
except TypeError:
    print("TypeError")
(m, n), o = (1, 2), 3
print(m, n, o)
t = 1, 2, 3
print(t, type(t).__name__)
