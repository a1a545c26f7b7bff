# __delattr__ intercepts attribute deletion.
class Guarded:
    def __init__(self):
        self.a = 1
        self.b = 2
    def __delattr__(self, name):
        if name == 'a':
            raise AttributeError('cannot delete a')
        print('deleting', name)
        object.__delattr__(self, name)
g = Guarded()
del g.b
print(hasattr(g, 'b'))
try:
    del g.a
except AttributeError as e:
    print('AttributeError', e.args)
print(g.a)
