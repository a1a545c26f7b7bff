# Method calls on instances: plain methods, methods calling methods on self, inherited and overridden
# methods, super() calls, static/class methods and a bound method kept in a local.
# quick: 2000
import sys


class Counter:
    def __init__(self, start):
        self.value = start

    def bump(self):
        self.value += 1
        return self.value

    def add(self, k):
        self.value += k
        return self.value

    def twice(self, k):
        return self.add(k) + self.add(k)

    def get(self):
        return self.value

    @staticmethod
    def clamp(v):
        return v & 0xFFFFF

    @classmethod
    def make(cls, start):
        return cls(start)


class StepCounter(Counter):
    def __init__(self, start, step):
        super().__init__(start)
        self.step = step

    def bump(self):
        self.value += self.step
        return self.value

    def add(self, k):
        return super().add(k + 1)


def main(n):
    a = Counter.make(0)
    b = StepCounter(1, 3)
    bound = a.get
    total = 0
    for i in range(n):
        a.bump()
        b.bump()
        total += a.add(i & 7)
        total += b.add(1)
        total += a.twice(2)
        total += b.twice(1)
        total += bound()
        total = Counter.clamp(total)
        if a.value > 1000000:
            a.value = 0
        if b.value > 1000000:
            b.value = 1
    return total, a.get(), b.get()


n = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
t, x, y = main(n)
print("method_calls", n, t, x, y)
