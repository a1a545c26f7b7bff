# close() stops a generator; finally blocks run.
def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
gen = g()
print(next(gen))
print(gen.close())
print(next(gen, 'closed'))
unstarted = g()
unstarted.close()
print('closing an unstarted generator runs nothing')
done = g()
print(list(done))
done.close()
print('closing a finished generator is a no-op')
