# reverse in place, reversed() copy, extend from any iterable
l = [1, 2, 3, 4]
l.reverse()
print(l, list(reversed(l)), l)
e = []
e.reverse()
print(e)
l.extend(range(5, 7))
l.extend("ab")
l.extend((9,))
l.extend({})
l.extend(x * 2 for x in (1, 2))
print(l)
for bad in (1, None):
    try:
        l.extend(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
s = [1, 2]
s.extend(s)
print(s)
print(list(), list("hi"), list((1,)), list(range(0)), list({"k": 1}))
