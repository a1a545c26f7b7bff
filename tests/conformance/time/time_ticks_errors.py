# mp-differs: ticks_add's "ticks interval overflow" and the machine-word checks are MicroPython's (extmod/modtime.c behaviour)
import time

P = 2**62
for f in (lambda: time.ticks_add(0, P // 2), lambda: time.ticks_add(0, -(P // 2)), lambda: time.ticks_add(0, 2**70),
          lambda: time.sleep_ms(0.5), lambda: time.sleep_us("1")):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e.args)
