# Big ints in booleans, containers and as dict keys (value equality only)
b = 2 ** 90
print(bool(b), bool(-b), bool(b - b), not b)
d = {}
for i in range(5):
    d[b + i] = i
print([d[b + i] for i in range(5)], b + 2 in d, b + 9 in d)
s = set()
for i in range(3):
    s.add(3 ** 60 + i)
    s.add(3 ** 60 + i)
print(len(s), 3 ** 60 + 1 in s)
print([b, -b].index(-b), (b, 1).count(2 ** 90))
print(abs(-b) == b, -(-b) == b, +b == b, (b - 1) // 1 == b - 1)
