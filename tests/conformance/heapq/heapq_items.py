# heapq compares items with < only: tuples, strings, floats and user classes defining __lt__ all work.
import heapq

h = []
for item in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'Z'), (0, 'z')]:
    heapq.heappush(h, item)
print([heapq.heappop(h) for _ in range(len(h))])

h = ['pear', 'apple', 'fig', 'banana', 'cherry']
heapq.heapify(h)
print(h, heapq.heappop(h))

h = [2.5, -1.0, 3.25, 0.0, 1e10, -7.5]
heapq.heapify(h)
print([heapq.heappop(h) for _ in range(len(h))])


class Task:
    def __init__(self, priority, name):
        self.priority = priority
        self.name = name

    def __lt__(self, other):
        return self.priority < other.priority


h = []
for p, n in [(5, 'write'), (1, 'plan'), (3, 'test'), (2, 'design'), (4, 'review')]:
    heapq.heappush(h, Task(p, n))
print([heapq.heappop(h).name for _ in range(len(h))])

# Mixed-type comparison fails inside the sift.
h = [1]
try:
    heapq.heappush(h, 'x')
except TypeError as e:
    print(type(e).__name__)
