# throw() raises an exception at the paused yield.
def g():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print('caught inside', e.args)
        yield 'recovered'
    yield 'after'
gen = g()
print(next(gen))
print(gen.throw(ValueError('injected')))
print(next(gen))
def no_handler():
    yield 1
    yield 2
gen2 = no_handler()
next(gen2)
try:
    gen2.throw(KeyError('k'))
except KeyError as e:
    print('propagated', e.args)
print(next(gen2, 'generator is finished'))
