# Exceptions propagate through awaits to the caller and to the driver.
async def fails():
    raise ValueError('inner failure')
async def middle():
    try:
        await fails()
    except ValueError as e:
        print('middle saw', e.args)
        raise
async def top():
    try:
        await middle()
    finally:
        print('top finally')
coro = top()
try:
    coro.send(None)
except ValueError as e:
    print('driver caught', e.args)
