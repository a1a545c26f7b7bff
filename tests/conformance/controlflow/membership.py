# in and not in for containers.
print(2 in [1, 2, 3], 4 in [1, 2, 3], 4 not in [1, 2, 3])
print('a' in ('a', 'b'), 'c' in ('a', 'b'))
print('k' in {'k': 1}, 1 in {'k': 1})
print(3 in {1, 2, 3}, 3 in range(5), 5 in range(5), 4 in range(0, 10, 2), 5 in range(0, 10, 2))
print([1] in [[1], [2]], (1,) in [(1,)])
print(None in [None], None in [])
print(1.0 in [1], True in [1])
s = 'hello world'
print('wor' in s, 'World' in s, '' in s)
d = {'a': 1, 'b': 2}
print('a' in d, 1 in d, 1 in d.values(), ('a', 1) in d.items())
nested = [[1, 2], [3]]
print([3] in nested, 3 in nested, any(3 in x for x in nested))
class Box:
    def __init__(self, items):
        self.items = items
    def __contains__(self, x):
        return x in self.items
print(2 in Box([1, 2]), 5 not in Box([1, 2]))
