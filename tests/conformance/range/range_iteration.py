# iterating ranges: independent iterators, large bounds, in comprehensions
r = range(4)
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2), list(it1), list(it2))
print([x * x for x in range(-3, 4)])
big = range(0, 10**9, 10**8)
print(len(big), big[-1], list(big)[:3])
total = 0
for i in range(100000):
    total += i
print(total)
print(list(zip(range(3), range(10, 7, -1))), list(enumerate(range(5, 8))))
print(tuple(range(3)), list(range(-2, 3))[::-1])
