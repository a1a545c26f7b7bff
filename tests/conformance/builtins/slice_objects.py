# Slices: reading lists with any step, slice objects passed to __getitem__, clamping of out-of-range bounds.
l = list(range(10))
print(l[1:8:2], l[8:1:-3], l[::-2], l[-1:-5:-1], l[100:], l[-100:2], l[5:5], l[7:3])
print(l[::11], l[-11::4], l[3::-1], l[:3:-1])
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
s = p[1:2]
print(s, p[::3], p[1:], p[:-1], p[::])
print(s.start, s.stop, s.step, p[::3].step)
print(p[1:2, 3], p[...])
m = [[1, 2, 3], [4, 5, 6]]
print([row[1:] for row in m], [row[::-1] for row in m])
e = []
print(e[::-1], e[1:5], e[::3])
