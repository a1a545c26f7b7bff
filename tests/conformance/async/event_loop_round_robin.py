# A tiny round-robin scheduler interleaving several coroutines.
class Yield:
    def __await__(self):
        yield
    __iter__ = __await__
async def task(name, steps):
    for i in range(steps):
        print(name, 'step', i)
        await Yield()
    return name + ' done'
def run_all(coros):
    queue = list(coros)
    results = []
    while queue:
        coro = queue.pop(0)
        try:
            coro.send(None)
            queue.append(coro)
        except StopIteration as e:
            results.append(e.value)
    return results
print(run_all([task('a', 3), task('b', 1), task('c', 2)]))
