# A user sequence implementing slicing itself through slice.indices
class Seq:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, key):
        if isinstance(key, slice):
            start, stop, step = key.indices(self.n)
            return [i * 10 for i in range(start, stop, step)]
        if key < 0:
            key += self.n
        if not 0 <= key < self.n:
            raise IndexError("out of range")
        return key * 10
s = Seq(6)
print(s[2], s[-1], s[1:4], s[::-1], s[::2], s[-2:], s[4:1:-1], s[10:], len(s))
print(list(s[i] for i in range(len(s))), [x for x in s])
try:
    s[6]
except IndexError:
    print("IndexError")
