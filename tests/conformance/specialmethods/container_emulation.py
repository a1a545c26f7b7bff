# A complete container built from special methods.
class Bag:
    def __init__(self, *items):
        self._items = list(items)
    def __len__(self):
        return len(self._items)
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def __contains__(self, x):
        return x in self._items
    def __iter__(self):
        return iter(self._items)
    def __repr__(self):
        return 'Bag(%s)' % ', '.join(repr(x) for x in self._items)
b = Bag(3, 1, 2)
b[0] = 'three'
del b[1]
print(b, len(b), 2 in b, 1 in b, list(b), b[-1])
print(sorted(Bag(5, 4, 6)), [x for x in Bag('a', 'b')])
