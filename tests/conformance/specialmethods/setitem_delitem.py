# __setitem__ and __delitem__.
class Store:
    def __init__(self):
        self.log = []
        self.data = {}
    def __setitem__(self, key, value):
        self.log.append(('set', key, value))
        self.data[key] = value
    def __getitem__(self, key):
        return self.data[key]
    def __delitem__(self, key):
        self.log.append(('del', key))
        del self.data[key]
s = Store()
s['a'] = 1
s['b'] = 2
s['a'] += 10
del s['b']
print(s.log)
print(s['a'], sorted(s.data))
try:
    del s['zz']
except KeyError:
    print('KeyError from __delitem__')
