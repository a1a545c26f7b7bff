# mp-differs: ticks_add/ticks_diff are MicroPython's own functions (builtins-and-modules.md time; period 2**62 on 64-bit unix)
import time

P = 2**62
print(time.ticks_add(0, -1), time.ticks_add(P - 1, 1), time.ticks_add(100, 23))
print(time.ticks_diff(0, 1), time.ticks_diff(1, 0), time.ticks_diff(5, P - 5))
print(time.ticks_diff(P // 2, 0), time.ticks_diff(P // 2 - 1, 0), time.ticks_diff(0, P // 2))
for t in (0, 1, P // 2, P - 1):
    for d in (-(P // 2) + 1, -1000, 0, 7, P // 2 - 1):
        a = time.ticks_add(t, d)
        ok = 0 <= a < P and time.ticks_diff(a, t) == d and time.ticks_diff(t, a) == -d
        if not ok:
            print("bad", t, d)
print("done")
