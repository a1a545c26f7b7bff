# An exception raised in finally replaces the one in flight.
try:
    try:
        raise ValueError('first')
    finally:
        raise KeyError('second')
except ValueError:
    print('got first')
except KeyError as e:
    print('got second', e.args)
def f():
    try:
        return 'value'
    finally:
        raise RuntimeError('finally error')
try:
    f()
except RuntimeError as e:
    print('return replaced by', e.args)
