# __enter__ and __exit__ in with statements.
class Managed:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return self.name.upper()
    def __exit__(self, exc_type, exc, tb):
        print('exit', self.name, exc_type is None)
        return False
with Managed('a') as value:
    print('body', value)
with Managed('x'), Managed('y') as y:
    print('nested body', y)
try:
    with Managed('err'):
        raise ValueError('boom')
except ValueError as e:
    print('propagated', e.args)
def f():
    with Managed('ret'):
        return 'returned'
print(f())
