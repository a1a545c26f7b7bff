from collections import OrderedDict

x = OrderedDict()
y = OrderedDict()
x["a"] = 1
x["b"] = 2
y["a"] = 1
y["b"] = 2
print(x == y, x != y)
z = OrderedDict()
z["b"] = 2
z["a"] = 1
print(y == z, y != z)
del z["b"]
z["b"] = 2
print(y == z)
del x["a"]
del y["a"]
print(x == y)
del z["b"]
del y["b"]
print(y == z)
# against a plain dict, order does not matter
print(OrderedDict([(1, 1), (2, 2)]) == {2: 2, 1: 1}, {2: 2, 1: 1} == OrderedDict([(1, 1), (2, 2)]))
print(OrderedDict() == {}, OrderedDict([(1, 2)]) == {1: 3})
