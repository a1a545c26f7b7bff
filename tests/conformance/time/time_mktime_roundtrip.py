import time

# mktime is the inverse of localtime (noon instants, away from daylight-saving switches)
for t in (43200, 1000000800, 1200000000, 1500000000 - 1500000000 % 86400 + 43200, 1700000000):
    lt = time.localtime(t)
    back = int(time.mktime(tuple(lt)))
    print(back == t, len(tuple(lt)))
# fields outside their ranges carry over
base = time.mktime((2020, 1, 31, 12, 0, 0, 0, 0, -1))
print(int(time.mktime((2020, 1, 32, 12, 0, 0, 0, 0, -1)) - base))
print(int(time.mktime((2020, 1, 31, 12, 60, 0, 0, 0, -1)) - base))
print(int(time.mktime((2020, 1, 31, 11, 0, 3600, 0, 0, -1)) - base))
print(tuple(time.localtime(time.mktime((2019, 13, 15, 12, 0, 0, 0, 0, -1))))[:3])
