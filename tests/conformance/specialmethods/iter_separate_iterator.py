# An iterable whose __iter__ returns a fresh iterator each time.
class Range3:
    def __iter__(self):
        return Range3Iter()
class Range3Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= 3:
            raise StopIteration
        self.i += 1
        return self.i
r = Range3()
print(list(r), list(r))
print([(a, b) for a in r for b in r if a < b])
class GenIter:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        for item in self.items:
            yield item * 2
g = GenIter([1, 2, 3])
print(list(g), sorted(g, reverse=True))
