# exceptions propagating out of nested loops, comprehensions and calls
def find(grid, target):
    try:
        for r, row in enumerate(grid):
            for c, v in enumerate(row):
                if v == target:
                    raise StopIteration((r, c))
    except StopIteration as e:
        return e.args[0]
    return None
g = [[1, 2], [3, 4]]
print(find(g, 4), find(g, 9))
def bad(x):
    if x == 3:
        raise ValueError(x)
    return x
try:
    print([bad(x) for x in range(5)])
except ValueError as e:
    print("comprehension", e.args)
count = 0
for i in range(5):
    try:
        if i % 2:
            raise KeyError(i)
        count += 1
    except KeyError:
        count += 10
print(count)
