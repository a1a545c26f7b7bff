# Two coroutines communicating through a shared queue under a tiny scheduler.
class Yield:
    def __await__(self):
        yield
    __iter__ = __await__
queue = []
async def producer(n):
    for i in range(n):
        queue.append(i)
        print('produced', i)
        await Yield()
    queue.append(None)
async def consumer():
    total = 0
    while True:
        while not queue:
            await Yield()
        item = queue.pop(0)
        if item is None:
            return total
        print('consumed', item)
        total += item
tasks = [producer(4), consumer()]
result = None
while tasks:
    for t in list(tasks):
        try:
            t.send(None)
        except StopIteration as e:
            tasks.remove(t)
            if e.value is not None:
                result = e.value
print('total', result)
