# List slice assignment and deletion with negative and mixed bounds (step 1)
base = list("abcdefgh")
for a, b in [(-3, -1), (-1, None), (None, -6), (-5, 3), (3, -5), (-8, -7), (-100, -6), (-2, -100)]:
    l = list(base)
    l[a:b] = ["X", "Y"]
    m = list(base)
    del m[a:b]
    print(a, b, "".join(l), "".join(m))
