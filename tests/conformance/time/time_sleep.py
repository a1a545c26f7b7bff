import time

# sleeping takes at least as long as asked
for seconds in (0, 0.001, 0.02):
    start = time.time()
    time.sleep(seconds)
    print(seconds, time.time() - start >= seconds * 0.9)
start = time.time()
time.sleep(0)
time.sleep(False)
print(time.time() - start < 5)
