from collections import deque

# a full deque drops an item from the other end
d = deque((), 3)
for i in range(7):
    d.append(i)
    print(list(d))
for i in range(4):
    d.appendleft(10 + i)
    print(list(d))
d = deque((), 1)
d.append("a")
d.append("b")
d.appendleft("c")
print(list(d))
z = deque((), 0)
z.append(1)
z.appendleft(2)
print(len(z), list(z))
