# __getitem__ for index and key access.
class Squares:
    def __getitem__(self, i):
        if i < 0:
            raise IndexError(i)
        return i * i
s = Squares()
print(s[0], s[5], s[12])
try:
    s[-1]
except IndexError as e:
    print('IndexError', e.args)
class Lookup:
    def __init__(self):
        self.data = {'a': 1}
    def __getitem__(self, key):
        return self.data.get(key, 'missing ' + str(key))
l = Lookup()
print(l['a'], l['zz'], l[3], l[(1, 2)])
