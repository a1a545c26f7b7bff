# indexing yields ints, slicing yields bytes; negative and out-of-range indices
b = b"hello, world"
for i in (0, 1, -1, -12, 11, 5):
    print(i, b[i])
for i in (12, -13, 100):
    try:
        b[i]
    except IndexError as e:
        print(i, type(e).__name__)
for s in [(0, 5), (-5, None), (None, None), (3, 3), (5, 2), (-100, 100), (100, 200)]:
    print(s, b[s[0]:s[1]])
print(b[::1], b[:0])
e = b""
print(e[:], e[0:0], len(e))
try:
    e[0]
except IndexError:
    print("empty IndexError")
try:
    b["x"]
except TypeError:
    print("TypeError str index")
try:
    b[1] = 2
except TypeError:
    print("TypeError assign")
