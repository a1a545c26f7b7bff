# break and continue inside async for.
class Count:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i == self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def main():
    seen = []
    async for x in Count(10):
        if x % 2:
            continue
        if x > 6:
            break
        seen.append(x)
    else:
        seen.append('else not reached')
    return seen
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
