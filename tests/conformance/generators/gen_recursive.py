# Recursive generators with yield from.
def walk(tree, depth=0):
    name, children = tree
    yield '  ' * depth + name
    for child in children:
        yield from walk(child, depth + 1)
tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [('b1', [('b1x', [])])])])
for line in walk(tree):
    print(line)
def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [items[i]] + rest
print(list(permutations([1, 2, 3])))
