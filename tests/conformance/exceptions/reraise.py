# Bare raise re-raises the exception being handled.
def f():
    try:
        raise ValueError('original')
    except ValueError:
        print('logging and re-raising')
        raise
try:
    f()
except ValueError as e:
    print('caught', e.args)
def g():
    try:
        raise KeyError('a')
    except KeyError as e:
        try:
            raise IndexError('b')
        except IndexError:
            pass
        raise
try:
    g()
except KeyError as e:
    print('re-raised original after inner handler', e.args)
except IndexError:
    print('got the inner exception')
try:
    raise
except RuntimeError:
    print('RuntimeError: no active exception')
