# send() resumes a generator and supplies the value of the yield expression.
def echo():
    received = []
    while True:
        value = yield len(received)
        if value is None:
            break
        received.append(value)
    return received
g = echo()
print(g.send(None))
print(g.send('a'))
print(g.send('b'))
try:
    g.send(None)
except StopIteration as e:
    print('finished with', e.value)
def running_total():
    total = 0
    while True:
        x = yield total
        total += x
rt = running_total()
next(rt)
print([rt.send(v) for v in (5, 10, -3)])
