# List-style targets and chained assignment.
[a, b, c] = (1, 2, 3)
print(a, b, c)
[x] = 'z'
print(x)
p = q = [1, 2]
print(p is q)
r, s = t = (10, 20)
print(r, s, t)
u, v = w = 'ab'
print(u, v, w)
lst = [0, 0, 0]
lst[0], lst[2] = 'first', 'last'
print(lst)
class O:
    pass
o = O()
o.x, o.y = 3, 4
print(o.x, o.y)
d = {}
d['a'], d['b'] = 1, 2
print(sorted(d.items()))
