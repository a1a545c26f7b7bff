# Wrong numbers of arguments raise TypeError.
def two(a, b):
    return a + b
calls = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(),
    lambda: two(1, 2),
    lambda: (lambda: 0)(1),
    lambda: (lambda x, *y: x)(),
    lambda: (lambda *y: len(y))(1, 2),
]
for i, c in enumerate(calls):
    try:
        print(i, 'ok', c())
    except TypeError:
        print(i, 'TypeError')
