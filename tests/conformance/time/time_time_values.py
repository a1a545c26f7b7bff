import time

t = time.time()
ns = time.time_ns()
print(type(t).__name__, type(ns).__name__)
print(t > 1.6e9, ns > 1.6e18)
print(abs(ns / 1e9 - t) < 60)
t2 = time.time()
print(t2 >= t)
print(abs(time.mktime(time.localtime(int(t))) - int(t)) < 2)
