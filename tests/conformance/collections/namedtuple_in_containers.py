from collections import namedtuple

Item = namedtuple("Item", "name price")
items = [Item("b", 3), Item("a", 5), Item("c", 1)]
print(sorted(items))
print(sorted(items, key=lambda i: i.price))
print(min(items, key=lambda i: i.price).name)
print([i.name for i in items if i.price > 2])
d = dict(items)
print(sorted(d.items()))
print({i.name: i for i in items}["a"])
