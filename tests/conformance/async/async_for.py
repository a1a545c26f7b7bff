# async for with __aiter__ and __anext__.
class Ticker:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i * 10
async def consume():
    total = 0
    async for v in Ticker(3):
        print('got', v)
        total += v
    else:
        print('loop finished')
    return total
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(consume()))
