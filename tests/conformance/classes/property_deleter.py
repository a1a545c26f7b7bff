# property with a deleter, and property() called directly.
class Item:
    def __init__(self):
        self._v = 'value'
    def _get(self):
        return self._v
    def _set(self, v):
        self._v = v
    def _del(self):
        print('deleting')
        self._v = None
    v = property(_get, _set, _del)
i = Item()
print(i.v)
i.v = 'new'
print(i.v)
del i.v
print(i.v)
class OnlyGet:
    x = property(lambda self: 'computed')
print(OnlyGet().x)
try:
    del OnlyGet().x
except AttributeError:
    print('AttributeError no deleter')
