# Iteration through __getitem__ (old protocol), __iter__/__next__ classes, and builtins consuming them.
class Squares:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Squares()), sum(Squares()), max(Squares()), 9 in Squares(), sorted(Squares(), reverse=True))
for i, sq in enumerate(Squares()):
    if i == 2:
        print('third', sq)
class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
print(list(Countdown(3)), tuple(Countdown(2)), sorted(set(Countdown(4))))
print(list(zip(Countdown(3), Squares())), list(map(abs, Countdown(2))))
print(dict(zip(Countdown(2), 'ab')) == {1: 'a', 0: 'b'})
it = Countdown(2)
print(next(it), next(it), next(it, 'done'))
print(list(filter(lambda x: x % 2, Countdown(6))), any(Countdown(1)), all(Countdown(0)))
class Rev:
    def __reversed__(self):
        return iter('zyx')
print(list(reversed(Rev())))
print(list(enumerate(Countdown(2), 10)), list(enumerate('ab', start=-1)))
