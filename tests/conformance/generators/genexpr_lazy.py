# Generator expressions evaluate the first iterable immediately, the rest lazily.
log = []
def source(name, n):
    log.append('source ' + name)
    return range(n)
g = (x for x in source('first', 3))
print(log)
h = ((x, y) for x in range(2) for y in source('inner', 2))
print(log)
print(list(h))
print(log)
items = [1, 2]
lazy = (i * 10 for i in items)
items.append(3)
print(list(lazy))
