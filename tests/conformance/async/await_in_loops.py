# await inside loops, conditionals and comprehensions-free accumulation.
class Tick:
    count = 0
    def __await__(self):
        Tick.count += 1
        yield
        return Tick.count
    __iter__ = __await__
async def gather_ticks(n):
    values = []
    i = 0
    while i < n:
        v = await Tick()
        if v % 2 == 0:
            values.append(v)
        i += 1
    return values
def run(coro):
    steps = 0
    try:
        while True:
            coro.send(None)
            steps += 1
    except StopIteration as e:
        return e.value, steps
print(run(gather_ticks(6)))
