# __getattr__ is called only when normal lookup fails.
class Dynamic:
    real = 'real attribute'
    def __init__(self):
        self.inst = 'instance attribute'
    def __getattr__(self, name):
        if name.startswith('get_'):
            return lambda: name[4:]
        raise AttributeError(name)
d = Dynamic()
print(d.real, d.inst)
print(d.get_value(), d.get_x())
print(hasattr(d, 'other'), getattr(d, 'other', 'default'))
try:
    d.missing
except AttributeError as e:
    print('AttributeError', e.args)
class Proxy:
    def __init__(self, target):
        self._target = target
    def __getattr__(self, name):
        return getattr(self._target, name)
p = Proxy([3, 1, 2])
p.sort()
print(p._target, p.count(1))
