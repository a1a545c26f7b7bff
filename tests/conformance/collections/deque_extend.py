from collections import deque

d = deque((), 6)
d.extend([1, 2])
d.extend((3,))
d.extend(range(4, 6))
print(list(d))
d.extend("xyz")
print(list(d))
d.extend([])
print(list(d), len(d))
e = deque([1, 2], 10)
e.extend(e)
print(list(e))
try:
    d.extend(5)
except TypeError:
    print("TypeError")
