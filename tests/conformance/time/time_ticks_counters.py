# mp-differs: ticks_ms/ticks_us/ticks_cpu and sleep_ms/sleep_us are MicroPython's own functions (builtins-and-modules.md time)
import time

P = 2**62
for f in (time.ticks_ms, time.ticks_us, time.ticks_cpu):
    v = f()
    print(type(v).__name__, 0 <= v < P)
t0 = time.ticks_ms()
u0 = time.ticks_us()
time.sleep_ms(15)
print(time.ticks_diff(time.ticks_ms(), t0) >= 15, time.ticks_diff(time.ticks_us(), u0) >= 15000)
u1 = time.ticks_us()
time.sleep_us(2000)
print(time.ticks_diff(time.ticks_us(), u1) >= 2000)
c0 = time.ticks_cpu()
print(time.ticks_diff(time.ticks_cpu(), c0) >= 0)
time.sleep_ms(0)
time.sleep_ms(-5)
time.sleep_us(-1)
print("negative sleeps return")
