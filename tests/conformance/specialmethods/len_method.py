# __len__ is used by len() and truth testing.
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
print(len(Sized(0)), len(Sized(5)))
print(bool(Sized(0)), bool(Sized(3)))
if not Sized(0):
    print('empty is falsy')
class NoLen:
    pass
try:
    len(NoLen())
except TypeError:
    print('TypeError no __len__')
print(bool(NoLen()))
