# reversed() on sequences and objects with __reversed__/__len__+__getitem__
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed((1,))), list(reversed(range(3))), list(reversed(b"ab")))
class Seq:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        return i * 10
print(list(reversed(Seq())))
for bad in (5, {1, 2}, None):
    try:
        list(reversed(bad))
    except TypeError:
        print("TypeError", type(bad).__name__)
it = reversed([1, 2])
print(next(it), next(it), next(it, "done"))
print(sorted("bca", reverse=True), sorted([3, 1, 2], key=lambda x: -x), sorted(range(5, 0, -1)))
print(sorted({3: "a", 1: "b"}.items()), sorted([(2, "b"), (1, "z"), (2, "a")]))
