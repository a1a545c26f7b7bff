# heapq.heapify rearranges a list in place into a heap, in CPython's exact layout.
import heapq

for data in ([], [1], [2, 1], [3, 2, 1], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
             [5, 3, 9, 1, 1, 4, 8, 2, 7, 6, 0], list(range(20, 0, -3))):
    h = list(data)
    print(heapq.heapify(h), h)
    print([heapq.heappop(h) for _ in range(len(h))])

# The same list object is rearranged, not copied.
a = [4, 3, 2, 1]
b = a
heapq.heapify(a)
print(a is b, b)

# Large heap: popping everything gives sorted order.
seed = 12345
data = []
for _ in range(200):
    seed = (seed * 1103515245 + 12345) % 2147483648
    data.append(seed % 1000)
heapq.heapify(data)
popped = [heapq.heappop(data) for _ in range(200)]
print(popped == sorted(popped), popped[:10], popped[-5:])
