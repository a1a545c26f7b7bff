# slice objects as __getitem__ receives them: attributes and use as a subscript
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
for s in (p[1:5], p[:3], p[::-1], p[2:], p[:], p[-1:-5:-2], p["a":"b"]):
    print(type(s).__name__, s.start, s.stop, s.step)
data = list(range(10))
for s in (p[2:6], p[:3], p[-3:], p[8:], p[5:1]):
    print(data[s], tuple(data)[s], "abcdefghij"[s])
for s in (p[::4], p[7:2:-2], p[::-1]):
    print(data[s])
k = p[1:2, 3]
print(type(k).__name__, k[0].start, k[0].stop, k[1])
k = p[0:1, ::2]
print(k[0].stop, k[1].step)
print(repr(p[1:2]), repr(p[::3]))
