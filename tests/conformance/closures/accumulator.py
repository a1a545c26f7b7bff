# Closure-based accumulators and averages.
def averager():
    total = 0
    count = 0
    def add(v):
        nonlocal total, count
        total += v
        count += 1
        return total / count
    return add
avg = averager()
print(avg(10), avg(20), avg(60))
def running_max():
    best = None
    def see(v):
        nonlocal best
        if best is None or v > best:
            best = v
        return best
    return see
rm = running_max()
print([rm(v) for v in [3, 1, 4, 1, 5, 9, 2, 6]])
