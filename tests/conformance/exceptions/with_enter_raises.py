# If __enter__ raises, __exit__ is not called and the body does not run.
class BadEnter:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *args):
        print('exit should not run')
try:
    with BadEnter():
        print('body should not run')
except RuntimeError as e:
    print('caught', e.args)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        raise ValueError('exit failed')
try:
    with ExitRaises():
        raise KeyError('body')
except ValueError as e:
    print('exception from __exit__ wins', e.args)
except KeyError:
    print('body exception')
