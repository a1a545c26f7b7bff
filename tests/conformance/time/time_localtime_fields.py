import time

lt = tuple(time.localtime())
print(len(lt))
year, month, mday, hour, minute, second, wday, yday, isdst = lt
print(year >= 2020, 1 <= month <= 12, 1 <= mday <= 31, 0 <= hour <= 23, 0 <= minute <= 59, 0 <= second <= 61)
print(0 <= wday <= 6, 1 <= yday <= 366, isdst in (0, 1))
g = tuple(time.gmtime())
print(len(g), g[8], g[0] >= 2020)
print(tuple(time.localtime(None))[0] >= 2020, tuple(time.gmtime(None))[0] >= 2020)
