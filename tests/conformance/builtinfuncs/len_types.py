# len() of every builtin container type and of objects with __len__
class L:
    def __len__(self):
        return 42
print(len(""), len("héllo"), len(b"\x00\x01"), len(bytearray(3)), len([1, [2, 3]]), len((1,)), len({1: 2, 3: 4}), len({1, 2, 2}), len(frozenset()), len(range(0, 100, 7)), len(range(5, 0, -2)), len(L()))
print(len({}.keys()), len({1: 2}.items()), len(memoryview(b"abc")), len(range(-10)))
for bad in [1, 1.5, None, iter([])]:
    try:
        len(bad)
    except TypeError:
        print("TypeError")
