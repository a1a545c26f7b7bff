# __iter__ and __next__ implement the iterator protocol.
class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, 'done'))
print(sum(Countdown(4)), max(Countdown(5)))
for x in Countdown(2):
    print('loop', x)
a, b = Countdown(2)
print(a, b)
