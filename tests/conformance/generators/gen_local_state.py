# Local variables survive between yields.
def accumulate(values):
    total = 0
    history = []
    for v in values:
        total += v
        history.append(total)
        yield total, list(history)
for item in accumulate([1, 2, 3]):
    print(item)
def toggler():
    state = False
    while True:
        state = not state
        yield state
t = toggler()
print([next(t) for _ in range(5)])
