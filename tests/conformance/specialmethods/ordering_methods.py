# __lt__ and friends let objects be compared and sorted.
class Version:
    def __init__(self, s):
        self.parts = [int(p) for p in s.split('.')]
        self.s = s
    def __lt__(self, other):
        return self.parts < other.parts
    def __le__(self, other):
        return self.parts <= other.parts
    def __gt__(self, other):
        return self.parts > other.parts
    def __ge__(self, other):
        return self.parts >= other.parts
    def __repr__(self):
        return self.s
vs = [Version(s) for s in ('1.10', '1.2', '1.2.1', '0.9')]
print(sorted(vs))
print(sorted(vs, reverse=True))
print(max(vs), min(vs))
a, b = Version('1.0'), Version('2.0')
print(a < b, a <= b, a > b, a >= b)
