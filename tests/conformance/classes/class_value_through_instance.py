# Class attributes read through instances in loops: plain values, values shadowed later by the instance,
# values changed on the class or a base, classes with __get__ objects, and sites that see several classes.


class Base:
    scale = 3
    name = "base"


class Child(Base):
    pass


p = Child()
out = []
for step in range(8):
    out.append((p.scale, p.name))
    if step == 1:
        p.scale = 10            # the instance shadows the class value
    if step == 3:
        Base.name = "changed"   # a base changes
    if step == 5:
        del p.scale             # the class value shows again
print(out)


class Getter:
    def __get__(self, obj, owner):
        return "got " + type(obj).__name__


class WithGetter:
    g = 7


w = WithGetter()
vals = []
for step in range(4):
    vals.append(w.g)
    if step == 1:
        WithGetter.g = Getter()   # now a descriptor: __get__ runs
print(vals)


class Adds:
    def __init__(self):
        self.items = []


Adds.total = 0
objs = [Adds() for i in range(3)]
for i in range(9):
    o = objs[i % 3]
    o.total = o.total + i       # first read the class value, then the instance's own
print([o.total for o in objs], Adds.total)


class K1:
    tag = "k1"


class K2:
    tag = "k2"


class K3(K1):
    pass


class K4:
    def __init__(self):
        self.tag = "k4 own"


class K5:
    tag = "k5"


mixed = [K1(), K2(), K3(), K4(), K5()] * 3
print([o.tag for o in mixed])


class M1:
    def f(self):
        return 1


class M2:
    def f(self):
        return 2


class M3:
    def __init__(self):
        self.f = lambda: 3


class M4(M1):
    def f(self):
        return 4


class M5:
    f = staticmethod(lambda: 5)


calls = []
for o in [M1(), M2(), M3(), M4(), M5(), M1(), M3(), M5()]:
    calls.append(o.f())
print(calls)
M3.f = lambda self: "class"
print([o.f() for o in [M3(), M1()]])


class Grows:
    pass


g = Grows()
names = ["a%d" % i for i in range(20)]
for i, n in enumerate(names):
    setattr(g, n, i)
print(sum(getattr(g, n) for n in names), list(g.__dict__) == names)


# Methods and class values read through many different instances, some of which shadow the name in their
# own dict (set, then deleted again).
class Many:
    kind = "class kind"

    def __init__(self, i):
        self.i = i

    def who(self):
        return "method %d" % self.i


objs = [Many(i) for i in range(12)]
objs[5].who = lambda: "own 5"
objs[7].kind = "own kind 7"
objs[9].__dict__["who"] = lambda: "own 9"
rounds = []
for r in range(3):
    rounds.append([o.who() for o in objs])
    rounds.append([o.kind for o in objs])
    if r == 1:
        del objs[5].who
        del objs[7].kind
for line in rounds:
    print(line)
