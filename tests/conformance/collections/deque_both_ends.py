from collections import deque

d = deque((), 10)
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(list(d), len(d))
print(d.pop(), d.popleft(), d.pop(), d.popleft())
print(list(d))
while d:
    print(d.pop(), end=" ")
print()
try:
    d.pop()
except IndexError:
    print("IndexError")
