# __setattr__ intercepts every attribute assignment.
class Logged:
    def __init__(self):
        object.__setattr__(self, 'log', [])
        self.a = 1
    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value * 2 if isinstance(value, int) else value)
o = Logged()
o.b = 5
o.c = 'text'
print(o.log, o.a, o.b, o.c)
class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError('read-only: ' + name)
r = ReadOnly()
try:
    r.x = 1
except AttributeError as e:
    print('AttributeError', e.args)
print(hasattr(r, 'x'))
