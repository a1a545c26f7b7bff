# nonlocal binds to the nearest enclosing function scope.
def outer():
    v = 'outer'
    def middle():
        v = 'middle'
        def inner():
            nonlocal v
            v = 'inner'
        inner()
        return v
    m = middle()
    return m, v
print(outer())
def make():
    items = 0
    def add():
        nonlocal items
        items += 1
    for _ in range(5):
        add()
    return items
print(make())
