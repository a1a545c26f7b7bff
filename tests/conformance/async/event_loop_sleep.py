# A scheduler with a virtual clock: coroutines await Sleep(ticks).
class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks
    def __await__(self):
        yield self.ticks
    __iter__ = __await__
async def worker(name, delays):
    for d in delays:
        await Sleep(d)
        print('t=%d %s woke after %d' % (clock[0], name, d))
    return name
clock = [0]
def run(coros):
    waiting = [(0, i, c) for i, c in enumerate(coros)]
    finished = []
    while waiting:
        waiting.sort()
        when, i, coro = waiting.pop(0)
        clock[0] = when
        try:
            delay = coro.send(None)
            waiting.append((when + delay, i, coro))
        except StopIteration as e:
            finished.append((clock[0], e.value))
    return finished
print(run([worker('fast', [1, 1, 1]), worker('slow', [2, 3]), worker('once', [4])]))
