# Comprehensions can read enclosing function locals and globals.
factor = 10
def scale(items):
    offset = 1
    return [i * factor + offset for i in items]
print(scale([1, 2]))
def nested_capture():
    base = [1, 2, 3]
    limit = 2
    return [[b for b in base if b <= limit + k] for k in range(2)]
print(nested_capture())
def make_funcs():
    return [lambda: k for k in range(3)]
print([f() for f in make_funcs()])
