# Unbounded recursion through Python calls and through the runtime's own recursion (printing, comparing,
# attribute hooks, generators) ends in RuntimeError (CPython: RecursionError, a RuntimeError subclass).


def check(name, f):
    try:
        f()
        print(name, "no error")
    except RuntimeError:
        print(name, "RuntimeError")


def rec(n):
    return rec(n + 1)


check("function", lambda: rec(0))


class R:
    def __repr__(self):
        return repr(self)


check("__repr__", lambda: repr(R()))


class S:
    def __str__(self):
        return str(self)


check("__str__", lambda: str(S()))


class E:
    def __eq__(self, other):
        return self == other


check("__eq__", lambda: E() == E())


class L:
    def __lt__(self, other):
        return self < other


check("__lt__", lambda: L() < L())


class G:
    def __getattr__(self, name):
        return getattr(self, name)


check("__getattr__", lambda: G().missing)


def gen():
    yield from gen()


check("generator", lambda: next(gen()))


def gen_for():
    for x in gen_for():
        yield x


check("generator for", lambda: list(gen_for()))

# Deep enough to pass any recursion limit, small enough for a 2 MB MicroPython heap.
deep_a = []
deep_b = []
for i in range(5000):
    deep_a = [deep_a]
    deep_b = [deep_b]
check("nested list repr", lambda: repr(deep_a))
check("nested list ==", lambda: deep_a == deep_b)

deep_a = deep_b = None
deep_d = {}
for i in range(5000):
    deep_d = {"k": deep_d}
check("nested dict repr", lambda: repr(deep_d))

# The interpreter is still usable afterwards.
print(sum(range(10)))
