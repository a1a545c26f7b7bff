# empty-list behaviour and a large list built several ways
e = []
print(len(e), bool(e), e == [], e[:], e * 3, e + e, list(reversed(e)), sorted(e), sum(e))
print(min(e, default=None), e.count(0), 0 in e)
big = list(range(100000))
print(len(big), big[-1], big[50000], sum(big[::1000]))
big2 = [0] * 100000
big2[-1] = 1
print(sum(big2), big2.index(1))
big3 = []
for i in range(20000):
    big3.append(i)
while len(big3) > 10:
    big3.pop()
print(big3)
print([x for x in range(50) if x % 7 == 0])
