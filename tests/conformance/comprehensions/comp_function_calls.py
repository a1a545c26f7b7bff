# Comprehensions calling functions with side effects, in order.
calls = []
def f(x):
    calls.append(x)
    return x * 2
result = [f(x) for x in range(4) if x != 2]
print(result, calls)
calls.clear()
result = [f(x) for x in range(6) if f(x) > 4]
print(result, calls)
def pairs():
    return [(a, b) for a in 'xy' for b in range(2)]
print(pairs())
