# with statements and exceptions: __exit__ always runs.
class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress
try:
    with CM('outer'):
        with CM('inner', suppress=True):
            raise KeyError('x')
        print('after inner')
        raise ValueError('y')
except ValueError:
    print('caught ValueError')
def f():
    for i in range(3):
        with CM('loop%d' % i):
            if i == 1:
                break
    return 'done'
print(f())
