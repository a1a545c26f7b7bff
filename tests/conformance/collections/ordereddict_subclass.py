from collections import OrderedDict


class LastUpdated(OrderedDict):
    def touch(self, key, value):
        if key in self:
            del self[key]
        self[key] = value


d = LastUpdated()
d.touch("a", 1)
d.touch("b", 2)
d.touch("a", 3)
print(list(d.items()), len(d), isinstance(d, OrderedDict), isinstance(d, dict))


class Counting(OrderedDict):
    def __init__(self):
        super().__init__()
        self.sets = 0

    def add(self, k):
        self[k] = self.get(k, 0) + 1
        self.sets += 1


c = Counting()
for ch in "abcab":
    c.add(ch)
print(list(c.items()), c.sets)
