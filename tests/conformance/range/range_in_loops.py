# range drives loops: empty, single-step, negative and nested ranges
for r in (range(0), range(1), range(3, 0, -1), range(-2, 2), range(0, 10, 4)):
    out = []
    for i in r:
        out.append(i)
    print(out)
total = 0
for i in range(10):
    for j in range(i):
        total += j
print(total)
for i in range(5):
    if i == 3:
        break
else:
    print("no break")
print(i)
for i in range(2):
    pass
else:
    print("else ran", i)
