# throw() into a generator that has not started raises at once.
def g():
    print('body started')
    yield 1
gen = g()
try:
    gen.throw(ValueError('early'))
except ValueError as e:
    print('raised', e.args)
print(next(gen, 'exhausted'))
def catcher():
    while True:
        try:
            yield 'waiting'
        except KeyError:
            print('ignored KeyError')
c = catcher()
next(c)
print(c.throw(KeyError))
print(c.throw(KeyError()))
c.close()
