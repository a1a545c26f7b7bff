# Complex numbers in comparisons for equality and in containers
vals = [0j, 1 + 0j, 1j, 2 + 3j, -1j]
print([a == b for a in vals for b in vals].count(True))
print(1 + 0j == 1, 1 + 0j == 1.0, 0j == 0, 0j == False, 1j == 1)
print(1j in [1, 2, 1j], vals.index(2 + 3j), vals.count(1j))
d = {1j: "imag", 1: "one"}
d[1 + 0j] = "complex one"
print(len(d), d[1], d[1j])
print(sorted([3, 1, 2]) == [1, 2, 3], [z.real for z in vals], [z.imag for z in vals])
