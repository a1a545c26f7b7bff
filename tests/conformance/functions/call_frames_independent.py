# Each call gets fresh local variables, also in recursion and re-entrant calls.
def count_down(n, trail):
    local = n * 10
    if n > 0:
        count_down(n - 1, trail)
    trail.append(local)
    return trail
print(count_down(4, []))
def outer(x):
    y = x + 1
    def inner(z):
        y2 = z * 2
        return y2
    a = inner(y)
    b = inner(x)
    return y, a, b
print(outer(1), outer(10))
def accumulate(items, acc=None):
    acc = [] if acc is None else acc
    for i in items:
        acc.append(i)
    return acc
print(accumulate([1, 2]), accumulate([3]))
