# Sending a non-None value to a just-started generator is an error.
def g():
    x = yield 1
    yield x
gen = g()
try:
    gen.send('too early')
except TypeError:
    print('TypeError on first send')
print(gen.send(None))
print(gen.send('now ok'))
done = g()
list(done)
try:
    done.send(None)
except StopIteration:
    print('StopIteration sending to finished generator')
