# Exceptions propagate outward to the first matching handler.
def level(n):
    try:
        if n == 0:
            raise KeyError('deep')
        level(n - 1)
    except ValueError:
        print('never: wrong type at level', n)
    finally:
        print('unwinding level', n)
try:
    level(3)
except KeyError as e:
    print('caught at top', e.args)
try:
    try:
        raise TypeError('inner')
    except TypeError:
        print('inner handler')
        raise ValueError('from handler')
except ValueError as e:
    print('outer handler', e.args)
