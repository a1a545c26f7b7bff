# finally blocks run on normal exit, on exceptions and on return.
def f(mode):
    log = []
    try:
        log.append('start')
        if mode == 'raise':
            raise ValueError
        if mode == 'return':
            return log
        log.append('end of try')
    except ValueError:
        log.append('handled')
    finally:
        log.append('finally')
    log.append('after')
    return log
print(f('normal'))
print(f('raise'))
r = f('return')
print(r)
try:
    try:
        raise KeyError('k')
    finally:
        print('finally before propagation')
except KeyError:
    print('caught outside')
