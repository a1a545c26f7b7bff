# mp-differs: MicroPython's deque is fixed-size: maxlen is required and the arguments are positional (builtins-and-modules.md collections); CPython's deque() is unbounded and takes maxlen= by keyword
from collections import deque

for make in (lambda: deque(), lambda: deque([]), lambda: deque([], maxlen=2), lambda: deque([], 2, 0, 1)):
    try:
        make()
        print("made")
    except TypeError as e:
        print("TypeError", e.args)
print(len(deque([1, 2], 2)), len(deque([1, 2], 2, 0)))
