from collections import deque

# items of any type, including other deques, are kept by reference
inner = deque([1], 2)
d = deque((), 4)
d.append(inner)
d.append([1, 2])
d.append(None)
d.append((3, "x"))
inner.append(2)
print(list(d[0]), d[1], d[2], d[3])
d[1].append(3)
print(d[1])
print(d.pop(), d.pop(), d.pop(), list(d.pop()))
