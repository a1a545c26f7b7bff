# Driving a coroutine by hand with send(None).
async def add(a, b):
    return a + b
coro = add(2, 3)
try:
    coro.send(None)
except StopIteration as e:
    print('result', e.value)
async def nothing():
    pass
c = nothing()
try:
    c.send(None)
except StopIteration as e:
    print('no return value', e.value)
def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value
print(run(add(10, 20)))
