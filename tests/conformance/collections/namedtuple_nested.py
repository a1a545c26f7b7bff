from collections import namedtuple

Pair = namedtuple("Pair", "left right")
Node = namedtuple("Node", "value children")
tree = Node(1, [Node(2, []), Node(3, [Node(4, [])])])
print(tree)


def total(n):
    return n.value + sum(total(c) for c in n.children)


print(total(tree))
print(Pair(Pair(1, 2), Pair("a", None)))
print(Pair([1], {"k": (1,)}))
print(repr(Pair("x", 1.5)), str(Pair("x", 1.5)))
