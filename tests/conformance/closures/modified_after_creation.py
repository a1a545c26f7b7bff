# A closure sees later modifications of the enclosing variable and of mutable objects.
def make():
    items = []
    n = 0
    def report():
        return n, list(items)
    items.append('a')
    n = 1
    first = report()
    items.append('b')
    n = 2
    return first, report()
print(make())
def rebinding():
    data = [1]
    f = lambda: data
    data = [2]
    return f()
print(rebinding())
