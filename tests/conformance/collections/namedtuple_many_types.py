from collections import namedtuple

# each call makes a new type; instances of different types with equal items are equal tuples
types = [namedtuple("T%d" % i, ["f%d" % j for j in range(i + 1)]) for i in range(5)]
for i, t in enumerate(types):
    v = t(*range(i + 1))
    print(v, len(v), v[-1])
A = namedtuple("Same", "a")
B = namedtuple("Same", "a")
print(A is B, A(1) == B(1), isinstance(A(1), B))
