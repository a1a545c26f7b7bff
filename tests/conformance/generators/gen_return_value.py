# return in a generator ends it; the value is on StopIteration.
def g(stop_early):
    yield 'a'
    if stop_early:
        return 'early'
    yield 'b'
    return 'late'
for flag in (True, False):
    it = g(flag)
    values = []
    while True:
        try:
            values.append(next(it))
        except StopIteration as e:
            print(values, e.value)
            break
print(list(g(False)))
