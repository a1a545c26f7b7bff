from collections import deque


class History(deque):
    def last(self):
        return self[-1]

    def push(self, x):
        self.append(x)
        return len(self)


h = History((), 3)
for w in ["a", "b", "c", "d"]:
    print(h.push(w))
print(h.last(), list(h), isinstance(h, deque))
print(h.popleft(), len(h), bool(h))
