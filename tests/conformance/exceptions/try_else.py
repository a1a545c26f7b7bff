# The else clause runs only when the try body raised nothing.
def run(x):
    log = []
    try:
        log.append('try')
        r = 10 // x
    except ZeroDivisionError:
        log.append('except')
    else:
        log.append('else %d' % r)
    finally:
        log.append('finally')
    return log
print(run(2))
print(run(0))
def else_raises():
    try:
        pass
    except ValueError:
        return 'handler'
    else:
        raise ValueError('from else')
try:
    else_raises()
except ValueError as e:
    print('else exception not caught by its own try:', e.args)
