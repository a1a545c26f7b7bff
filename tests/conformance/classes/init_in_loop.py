# Instantiating classes whose __init__ is a Python function (run by the VM as an ordinary pushed call): the
# call's value is the instance, a non-None return is a TypeError at the call, exceptions from __init__ reach
# the caller's handlers, and every argument form, inheritance, rebinding, __new__ and recursion still apply.


class P:
    def __init__(self, a, b=2, *rest, k=3, **kw):
        self.v = (a, b, rest, k, sorted(kw.items()))


print(P(1).v, P(1, 5).v, P(1, 5, 6, 7).v, P(1, k=9, z=0).v, P(*[4, 5], **{"k": 6}).v)


class Bad:
    def __init__(self, r):
        return r


for r in (None, 1, "s", [], Bad):
    try:
        print(type(Bad(r)).__name__)
    except TypeError:
        print("TypeError for", type(r).__name__)


class Boom:
    def __init__(self, n):
        if n > 1:
            raise ValueError(n)
        self.n = n


def make(n):
    try:
        return Boom(n).n
    except ValueError as e:
        return "caught", e.args[0]
    finally:
        print("finally", n)


print(make(1), make(5))


class Node:
    def __init__(self, depth):
        self.kids = [Node(depth - 1), Node(depth - 1)] if depth else []

    def count(self):
        return 1 + sum(k.count() for k in self.kids)


print(Node(6).count())


class Base:
    def __init__(self, x):
        self.x = x


class Derived(Base):
    pass


class Derived2(Base):
    def __init__(self, x, y):
        super().__init__(x * 10)
        self.y = y


print(Derived(3).x, Derived2(3, 4).x, Derived2(3, y=5).y)


def late_init(self, q):
    self.q = q + 1


Derived.__init__ = late_init
print(Derived(7).q, hasattr(Derived(7), "x"), Derived2(1, 2).x)
del Derived.__init__
print(Derived(8).x)


class WithNew:
    def __new__(cls, *args):
        print("new", args)
        return super().__new__(cls)

    def __init__(self, a):
        self.a = a


print(WithNew(4).a)


def closure_init(offset):
    class C:
        def __init__(self, v):
            self.v = v + offset

    return C


print(closure_init(100)(1).v)


class GenInit:
    def __init__(self):
        yield 1


try:
    GenInit()
except TypeError:
    print("generator __init__: TypeError")


class Wrong:
    def __init__(self, a, b):
        pass


for args in ((), (1,), (1, 2, 3)):
    try:
        Wrong(*args)
    except TypeError:
        print("TypeError", len(args))


class Deep:
    def __init__(self, n):
        self.child = Deep(n + 1)


try:
    Deep(0)
except RuntimeError:
    print("RuntimeError")

objs = [P(i) for i in range(5)]
print([o.v[0] for o in objs], isinstance(objs[0], P))
