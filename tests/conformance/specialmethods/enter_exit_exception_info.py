# __exit__ receives the exception type and value.
class Inspect:
    def __enter__(self):
        return self
    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print('clean exit', exc is None)
        else:
            print('exit with', exc_type.__name__, exc.args if exc_type is not TypeError else '', isinstance(exc, exc_type))
        return True
with Inspect():
    pass
with Inspect():
    raise KeyError('k')
with Inspect():
    int('12') + 'x'
class E(Exception):
    pass
with Inspect():
    raise E(1, 2)
print('all suppressed')
