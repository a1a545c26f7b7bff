from collections import deque

print(list(deque([1, 2, 3], 5)))
print(list(deque(range(10), 3)))
print(list(deque("abc", 2)))
print(list(deque((i * i for i in range(5)), 10)))
print(list(deque({"k": 1}, 4)))
print(len(deque((), 4)))
