# Generator expressions capture enclosing variables by reference.
n = 10
g = (x + n for x in range(3))
n = 100
print(list(g))
def make(k):
    return (i * k for i in range(3))
print(list(make(2)), list(make(3)))
gens = [(i for _ in range(2)) for i in range(3)]
print([list(g) for g in gens])
