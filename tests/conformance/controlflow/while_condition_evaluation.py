# The while condition is re-evaluated before every iteration.
calls = 0
def cond(limit):
    global calls
    calls += 1
    return calls <= limit
n = 0
while cond(3):
    n += 1
print(n, calls)
items = [1, 2, 3]
while items:
    print('pop', items.pop())
print(items)
x = 10
while x > 0 and x % 7 != 0:
    x -= 1
print(x)
