# GeneratorExit is raised inside a generator when it is closed.
def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print('GeneratorExit inside generator')
        raise
    finally:
        print('generator cleanup')
g = gen()
print(next(g))
g.close()
print('closed')
g.close()
print('second close is a no-op')
print(next(g, 'exhausted'))
