# construction, indexing, slicing, concatenation of tuples
print(tuple(), tuple([1, 2]), tuple("ab"), tuple(range(3)), tuple((1,)))
t = (1, "two", 3.0, None, (5,))
for i in (0, -1, 4, -5):
    print(i, t[i])
for i in (5, -6):
    try:
        t[i]
    except IndexError:
        print("IndexError", i)
print(t[1:3], t[:0], t[-2:], t[10:], t[3:1])
print((1,) + (2,), (1, 2) * 2, () * 3, (0,) * -1, 2 * (7,))
try:
    t[0] = 1
except TypeError:
    print("TypeError assign")
try:
    (1,) + [2]
except TypeError:
    print("TypeError concat")
a = (1, 2)
b = a
b += (3,)
print(a, b, a is b)
print(len(()), len((None,) * 1000), bool(()), bool((0,)))
