# Targets are assigned left to right after the right side is evaluated.
log = []
class Rec:
    def __setitem__(self, k, v):
        log.append((k, v))
r = Rec()
r['a'], r['b'], r['c'] = 1, 2, 3
print(log)
x = [0, 1, 2]
i = 0
i, x[i] = 2, 'value'
print(i, x)
a = [1, 2, 3]
a[0], a[1] = a[1], a[0]
print(a)
def values():
    log.append('rhs evaluated')
    return 'pq'
log.clear()
r['p'], r['q'] = values()
print(log)
