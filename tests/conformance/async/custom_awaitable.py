# An awaitable object that suspends the coroutine; __iter__ is an alias of
# __await__ because MicroPython's await uses the iterator protocol.
class Suspend:
    def __init__(self, value):
        self.value = value
    def __await__(self):
        reply = yield self.value
        return reply
    __iter__ = __await__
async def worker():
    a = await Suspend('first')
    print('worker got', a)
    b = await Suspend('second')
    print('worker got', b)
    return a + b
coro = worker()
print('yielded', coro.send(None))
print('yielded', coro.send(10))
try:
    coro.send(32)
except StopIteration as e:
    print('returned', e.value)
