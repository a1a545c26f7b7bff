# insert/pop/remove/index/count at the edges
l = [1, 2, 3]
l.insert(0, "a")
l.insert(100, "z")
l.insert(-1, "y")
l.insert(-100, "first")
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
for args in [(), (10,), (-10,)]:
    try:
        print([].pop(*args) if not args else [1].pop(*args))
    except IndexError:
        print("IndexError", args)
l = [1, 2, 1, 3, 1]
l.remove(1)
print(l, l.count(1), l.count(9), l.index(1), l.index(1, 2), l.index(3, -2))
for v in (9, "1"):
    try:
        l.remove(v)
    except ValueError:
        print("ValueError remove", v)
try:
    l.index(2, 2)
except ValueError:
    print("ValueError index")
l.clear()
print(l, len(l))
c = [[1], [2]]
d = c.copy()
d[0].append(9)
d.append([3])
print(c, d)
