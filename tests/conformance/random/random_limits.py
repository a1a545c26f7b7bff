# mp-differs: MicroPython's getrandbits takes at most 32 bits and its range functions need machine-word ints; its empty-range ValueError and empty-sequence IndexError carry no message (cpython-differences.md, errors-and-tracebacks.md)
import random

for f in (lambda: random.getrandbits(33), lambda: random.randint(0, 2**70), lambda: random.randrange(2**80),
          lambda: random.randrange(0), lambda: random.choice([])):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e.args)
print(random.getrandbits(32) < 2**32)
