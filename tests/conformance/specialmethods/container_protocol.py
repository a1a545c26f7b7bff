# Container and iteration protocols: __len__/__getitem__ sequences, mappings, slices, iterators, __bool__, __call__.
class Seq:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError
        return i * i


s = Seq(4)
print(len(s), s[2], list(s), 9 in s, 5 in s, bool(s), bool(Seq(0)))
for v in Seq(3):
    print(v)


class Store:
    def __init__(self):
        self.d = {}

    def __setitem__(self, k, v):
        self.d[k] = v

    def __getitem__(self, k):
        return self.d[k]

    def __delitem__(self, k):
        del self.d[k]

    def __contains__(self, k):
        return k in self.d

    def __iter__(self):
        return iter(sorted(self.d))

    def __len__(self):
        return len(self.d)


st = Store()
st["a"] = 1
st["b"] = 2
print(st["a"], "a" in st, "z" in st, list(st), len(st))
del st["a"]
print("a" in st, list(st))
try:
    st["zz"]
except KeyError as e:
    print("KeyError")


class Slicer:
    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return ("slice", idx.start, idx.stop, idx.step)
        return ("index", idx)


sl = Slicer()
print(sl[1], sl[1:5], sl[::2], sl["key"])


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


print(list(Countdown(3)), sum(Countdown(4)))
it = iter(Countdown(2))
print(next(it), next(it), next(it, "done"))


class Gen:
    def __iter__(self):
        yield 1
        yield 2


print(list(Gen()), [x * 2 for x in Gen()])
a, b = Gen()
print(a, b)


class Truthy:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


print(bool(Truthy(True)), bool(Truthy(False)), "yes" if Truthy(True) else "no", not Truthy(False))


class Callable:
    def __init__(self):
        self.calls = 0

    def __call__(self, *args, **kw):
        self.calls += 1
        return (args, sorted(kw.items()))


c = Callable()
print(c(1, 2, k=3), c(), c.calls, callable(c), callable(Truthy(1)))
