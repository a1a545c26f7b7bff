# __getitem__ receives slice objects for s[a:b] syntax.
class Seq:
    def __init__(self, data):
        self.data = data
    def __getitem__(self, index):
        if isinstance(index, slice):
            return ('slice', index.start, index.stop, index.step)
        return ('index', index)
s = Seq([1, 2, 3])
print(s[1])
print(s[1:2])
print(s[:3])
print(s[::2])
print(s[1:10:3])
print(s[-1:])
print(s[:])
