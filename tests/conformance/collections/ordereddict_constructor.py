from collections import OrderedDict

print(list(OrderedDict().items()))
print(list(OrderedDict([("x", 1), ("y", 2)]).items()))
print(list(OrderedDict({"p": 1}).items()))
print(list(OrderedDict(((i, i * i) for i in range(4))).items()))
print(list(OrderedDict(OrderedDict([(2, "b"), (1, "a")])).items()))
print(sorted(OrderedDict(k=1, j=2).items()))
print(sorted(OrderedDict([("a", 1)], b=2).items()))
for bad in (1, [1, 2], [(1, 2, 3)]):
    try:
        OrderedDict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__)
