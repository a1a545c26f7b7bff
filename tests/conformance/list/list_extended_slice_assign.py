# Assigning to and deleting extended slices (step other than 1) of a list
probe = [1, 2, 3]
try:
    del probe[::2]
except NotImplementedError:
    print("SKIP")
    raise SystemExit
l = list(range(10))
l[::2] = "abcde"
print(l)
l[1::3] = [None] * len(l[1::3])
print(l)
l[::-1] = list(range(10))
print(l)
l[8:2:-2] = ["x", "y", "z"]
print(l)
del l[::3]
print(l)
del l[::-1]
print(l)
m = list(range(8))
del m[1:7:2]
print(m)
m[::2] = ["e"] * len(m[::2])
print(m)
for bad_len in (0, 5):
    try:
        t = list(range(6))
        t[::2] = [0] * bad_len
    except ValueError:
        print("ValueError", bad_len)
