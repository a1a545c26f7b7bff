# async with calls __aenter__ and __aexit__.
class Resource:
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        print('acquire', self.name)
        return self.name.upper()
    async def __aexit__(self, exc_type, exc, tb):
        print('release', self.name, exc_type is None)
        return False
async def main():
    async with Resource('db') as handle:
        print('using', handle)
    async with Resource('a') as a, Resource('b') as b:
        print('using both', a, b)
    return 'ok'
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(main()))
