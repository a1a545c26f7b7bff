# sort with key and reverse, sorted() on various inputs; no equal keys
words = ["pear", "fig", "banana", "kiwi", "apple"]
l = list(words)
l.sort()
print(l)
l.sort(reverse=True)
print(l)
print(sorted(words, key=lambda w: w[-1] + w))
print(sorted([3, -1, 2.5, 0, -7]), sorted([3, -1, 2.5], reverse=True))
print(sorted([]), sorted("cba"), sorted((5, 1, 3)), sorted({"b": 1, "a": 2}))
print(sorted([-3, 2, -1], key=abs))
try:
    sorted([1, "a"])
except TypeError:
    print("TypeError")
n = list(range(50, 0, -3))
n.sort()
print(n[:5], n[-3:])
try:
    [].sort(1)
except TypeError:
    print("TypeError positional")
