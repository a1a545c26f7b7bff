# Augmented assignment operators on ints
ops = ["+=", "-=", "*=", "//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^="]
for start in (13, -13, 0):
    row = []
    for op in ops:
        g = {"x": start}
        exec("x " + op + " 3", g)
        row.append(g["x"])
    print(start, row)
x = 10
x /= 4
print(x, type(x).__name__)
n = 1
for _ in range(5):
    n *= -3
print(n)
