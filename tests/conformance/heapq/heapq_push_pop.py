# heapq.heappush / heappop keep the smallest item at index 0 and pop in sorted order.
import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1, 0, 6]:
    heapq.heappush(h, x)
    print(h[0], len(h))
print(h)

out = []
while h:
    out.append(heapq.heappop(h))
print(out)

# The exact list layout after each push matches CPython's sift order.
h = []
for x in [10, 9, 8, 7, 6, 5, 4, 3, 2, 1]:
    heapq.heappush(h, x)
    print(h)

for _ in range(4):
    print(heapq.heappop(h), h)

# Return values.
h = []
print(heapq.heappush(h, 1))
print(heapq.heappop(h), h)
