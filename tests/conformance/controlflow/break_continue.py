# break and continue in for and while loops.
out = []
for i in range(10):
    if i % 2:
        continue
    if i > 6:
        break
    out.append(i)
print(out)
n = 0
res = []
while True:
    n += 1
    if n % 3 == 0:
        continue
    if n > 10:
        break
    res.append(n)
print(res)
for ch in 'abcdef':
    if ch == 'd':
        break
    print(ch, end=' ')
print()
