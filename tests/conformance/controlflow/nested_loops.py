# break and continue only affect the innermost loop.
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if i == j:
            continue
        print(i, j)
found = None
for i in range(5):
    for j in range(5):
        if i * j == 6:
            found = (i, j)
            break
    if found:
        break
print('found', found)
count = 0
for a in range(4):
    for b in range(a):
        for c in range(b):
            count += 1
print('count', count)
