# __exit__ returning True suppresses the exception.
class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print('no exception')
            return False
        print('exit got', exc_type.__name__)
        return issubclass(exc_type, self.types)
with Suppress(KeyError):
    {}['missing']
print('after suppressed KeyError')
with Suppress(KeyError):
    pass
try:
    with Suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print('ZeroDivisionError not suppressed')
for i in range(3):
    with Suppress(ValueError):
        if i == 1:
            raise ValueError
        print('loop', i)
