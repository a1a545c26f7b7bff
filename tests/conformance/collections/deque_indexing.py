from collections import deque

d = deque((), 4)
for i in range(6):
    d.append(i * 10)
print(d[0], d[1], d[-1], d[-4], len(d))
d[0] = "first"
d[-1] = "last"
print(list(d))
for bad in (4, -5, 100):
    try:
        d[bad]
    except IndexError:
        print("IndexError", bad)
try:
    d["x"]
except TypeError:
    print("TypeError")
try:
    d[5] = 1
except IndexError:
    print("IndexError store")
