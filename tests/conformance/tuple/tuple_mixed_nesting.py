# tuples holding mutable objects: the tuple is fixed, its items may change
t = ([1], {"a": 1}, "s")
t[0].append(2)
t[1]["b"] = 2
print(t, len(t))
try:
    t[0] += [3]
except TypeError:
    print("TypeError", t[0])
print(t[0] is t[0], t == ([1, 2, 3], {"a": 1, "b": 2}, "s"))
try:
    hash(t)
except TypeError:
    print("TypeError hash")
deep = ((1, (2, (3, (4,)))),)
print(deep[0][1][1][1][0], len(deep), str(deep))
