# mp-differs: deque's third argument (flags) and its IndexError('full') are MicroPython's own (builtins-and-modules.md collections); CPython's deque takes two
from collections import deque

d = deque((), 2, True)
d.append(1)
d.append(2)
try:
    d.append(3)
except IndexError as e:
    print("IndexError", e.args)
try:
    d.appendleft(0)
except IndexError as e:
    print("IndexError", e.args)
print(d.popleft(), d.popleft())
try:
    d.pop()
except IndexError as e:
    print("IndexError", e.args)
e = deque((), 2, 0)
e.append(1)
e.append(2)
e.append(3)
print(e.popleft(), e.popleft())
print(deque((), 3))
