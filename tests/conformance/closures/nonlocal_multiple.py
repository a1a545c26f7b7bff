# nonlocal for several names at once and nonlocal through intermediate scopes.
def outer():
    a = 1
    b = 2
    def swap():
        nonlocal a, b
        a, b = b, a
    swap()
    r1 = (a, b)
    def mid():
        def inner():
            nonlocal a
            a = 'inner'
        inner()
    mid()
    return r1, a, b
print(outer())
def counter_pair():
    hits = misses = 0
    def record(ok):
        nonlocal hits, misses
        if ok:
            hits += 1
        else:
            misses += 1
        return hits, misses
    return record
rec = counter_pair()
for ok in (True, False, True, True):
    print(rec(ok))
