# Exceptions inside async with reach __aexit__, which may suppress them.
class Guard:
    def __init__(self, suppress):
        self.suppress = suppress
    async def __aenter__(self):
        return self
    async def __aexit__(self, exc_type, exc, tb):
        print('aexit', exc_type.__name__ if exc_type else None)
        return self.suppress
async def main():
    async with Guard(True):
        raise ValueError('suppressed')
    print('after suppressed block')
    try:
        async with Guard(False):
            raise KeyError('kept')
    except KeyError as e:
        print('caught', e.args)
    return 'done'
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
