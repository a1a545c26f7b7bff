from collections import deque

# maxlen is optional in CPython (MicroPython requires it): check support first
try:
    deque()
except TypeError:
    print("SKIP")
    raise SystemExit
d = deque()
for i in range(1000):
    d.append(i)
    d.appendleft(-i)
print(len(d), d[0], d[-1], d[1000])
print(sum(d), list(deque("abc")), list(deque(maxlen=2)))
while len(d) > 3:
    d.pop()
    d.popleft()
print(list(d))
