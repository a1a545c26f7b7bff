# sorted() with key and reverse over distinct keys
data = [("b", 2), ("a", 3), ("c", 1)]
print(sorted(data), sorted(data, key=lambda t: t[1]), sorted(data, key=lambda t: t[1], reverse=True), sorted(data, reverse=True))
print(sorted("hello world".split()), sorted({3, 1, 2}), sorted({"b": 1, "a": 2}), sorted(range(5), key=lambda x: -x))
print(sorted([3, -1, 2], key=abs), sorted([-2.5, 1, 0.5]), sorted([]), sorted((x for x in [2, 1])))
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError")
