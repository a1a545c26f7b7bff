# user sequences receive slices and interpret them with ordinary ints
class Window:
    def __init__(self, data):
        self.data = data
    def __len__(self):
        return len(self.data)
    def __getitem__(self, key):
        if isinstance(key, int):
            return self.data[key]
        start = 0 if key.start is None else key.start
        stop = len(self.data) if key.stop is None else key.stop
        return Window(self.data[start:stop])
    def __setitem__(self, key, value):
        self.data[key.start:key.stop] = value
w = Window(list(range(8)))
print(w[2:5].data, w[:3].data, w[5:].data, w[:].data, w[3], w[-1])
w[0:2] = ["a"]
print(w.data, len(w))
print(w[1:4][1:2].data)
