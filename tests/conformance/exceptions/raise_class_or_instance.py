# raise accepts a class (instantiated with no args) or an instance.
for thing in (ValueError, ValueError('inst'), KeyError, KeyError('k', 2)):
    try:
        raise thing
    except Exception as e:
        print(type(e).__name__, e.args, isinstance(e, Exception))
try:
    raise 42
except TypeError:
    print('TypeError: cannot raise an int')
class NotAnException:
    pass
try:
    raise NotAnException()
except TypeError:
    print('TypeError: not derived from BaseException')
