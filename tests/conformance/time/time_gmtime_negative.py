import time

for t in (-1, -60, -86400, -86401, -2208988800, -10**10):
    print(t, tuple(time.gmtime(t)))
