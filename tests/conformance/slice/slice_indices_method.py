# slice.indices(length): normalised (start, stop, step) for positive and negative steps and bounds
class Probe:
    def __getitem__(self, key):
        return key
p = Probe()
slices = [p[:], p[::-1], p[1:4], p[-3:], p[:-3], p[::2], p[5:1:-1], p[-100:100], p[100:-100:-1], p[None:None:3], p[2:2]]
for length in (0, 1, 5, 10):
    print(length, [s.indices(length) for s in slices])
data = list(range(7))
for s in slices:
    print(data[s] == [data[i] for i in range(*s.indices(len(data)))])
for bad in (p[::0],):
    try:
        bad.indices(5)
    except ValueError:
        print("ValueError step")
try:
    p[1:2].indices(-1)
except ValueError:
    print("ValueError length")
