from collections import deque

d = deque((), 5)
for i in range(8):
    d.append(i)
print([x for x in d])
print(list(d), tuple(d), sum(d), max(d))
print(3 in d, 0 in d)
print(list(enumerate(d))[:2])
it = iter(d)
print(next(it), next(it))
print(sorted(deque([3, 1, 2], 3)))
print(list(zip(deque("ab", 2), deque("cd", 2))))
