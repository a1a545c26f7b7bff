# Generators that close over enclosing variables.
def make_gen(limit):
    step = 2
    def gen():
        i = 0
        while i < limit:
            yield i
            i += step
    return gen
g = make_gen(7)
print(list(g()), list(g()))
def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    def values():
        for _ in range(3):
            yield bump()
    return values, bump
values, bump = counter()
print(list(values()), bump(), list(values()))
