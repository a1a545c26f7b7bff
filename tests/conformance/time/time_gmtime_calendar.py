import time

# walk day by day across leap and century years and check the calendar fields stay consistent
day = 86400
prev = None
problems = 0
leap_days = 0
for n in range(-800, 800 * 5, 7):
    g = time.gmtime(951782400 + n * day)
    year, month, mday, hour, minute, second, wday, yday = tuple(g)[:8]
    if not (1 <= month <= 12 and 1 <= mday <= 31 and 0 <= wday <= 6 and 1 <= yday <= 366):
        problems += 1
    if hour or minute or second:
        problems += 1
    if prev is not None and (wday != prev):
        problems += 1
    prev = wday
    if month == 2 and mday == 29:
        leap_days += 1
print(problems, leap_days)
for y in (1900, 2000, 2001, 2004, 2100, 2400):
    t = (y - 1970) * 365 * day
    # find Dec 31 of year y by scanning forward from an estimate
    while tuple(time.gmtime(t))[0] < y:
        t += day
    while tuple(time.gmtime(t))[0] == y:
        t += day
    print(y, tuple(time.gmtime(t - day))[1:3], tuple(time.gmtime(t - day))[7])
