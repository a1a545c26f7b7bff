# Subclassing dict with extra methods.
class Registry(dict):
    def register(self, key, value):
        self[key] = value
        return self
    def names(self):
        return sorted(self.keys())
r = Registry()
r.register('b', 2).register('a', 1)
print(r.names(), r['a'], len(r), 'b' in r)
print(isinstance(r, dict), r.get('zzz', 'none'))
