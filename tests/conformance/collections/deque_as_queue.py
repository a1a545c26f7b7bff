from collections import deque

# breadth-first search with a deque as the queue
graph = {1: [2, 3], 2: [4], 3: [4, 5], 4: [6], 5: [6], 6: []}
seen = {1}
order = []
queue = deque([1], 16)
while queue:
    node = queue.popleft()
    order.append(node)
    for n in graph[node]:
        if n not in seen:
            seen.add(n)
            queue.append(n)
print(order)

# a sliding window of the last three values
window = deque((), 3)
for v in [5, 1, 4, 2, 8, 7]:
    window.append(v)
    print(sum(window) / len(window))
