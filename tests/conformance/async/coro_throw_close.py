# throw() and close() on a suspended coroutine.
class Pause:
    def __await__(self):
        yield 'paused'
    __iter__ = __await__
async def worker():
    try:
        await Pause()
        await Pause()
    except KeyError:
        print('worker handled KeyError')
        return 'recovered'
    finally:
        print('worker finally')
c = worker()
print(c.send(None))
try:
    c.throw(KeyError('k'))
except StopIteration as e:
    print('result', e.value)
c2 = worker()
c2.send(None)
c2.close()
print('closed')
