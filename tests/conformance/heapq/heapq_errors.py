# heapq errors: popping an empty heap is IndexError; a heap must be a list.
import heapq

try:
    heapq.heappop([])
except IndexError as e:
    print(type(e).__name__)

for bad in ((1, 2), 'abc', None, {1: 2}):
    for f in (lambda: heapq.heapify(bad), lambda: heapq.heappush(bad, 1), lambda: heapq.heappop(bad)):
        try:
            f()
        except TypeError as e:
            print(type(e).__name__)

try:
    heapq.heappush([])
except TypeError as e:
    print(type(e).__name__)
