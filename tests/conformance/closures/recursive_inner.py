# An inner function that calls itself through the enclosing scope.
def make_fact():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
f = make_fact()
print(f(10))
def tree_sum(tree):
    total = 0
    def walk(node):
        nonlocal total
        if isinstance(node, list):
            for child in node:
                walk(child)
        else:
            total += node
    walk(tree)
    return total
print(tree_sum([1, [2, 3, [4]], [[5]]]))
