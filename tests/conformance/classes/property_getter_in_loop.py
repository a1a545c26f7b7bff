# Property getters read in loops (the VM calls a Python getter like any Python function): results, exceptions
# raised inside a getter, getters that are generators, closures or take defaults, recursion through a property,
# a property replaced while a site is warm, and a getter that is not a Python function.


class Node:
    def __init__(self, value, nxt):
        self.value = value
        self.nxt = nxt

    @property
    def total(self):
        # Recursion through the property: each level reads the next node's property.
        return self.value + (self.nxt.total if self.nxt is not None else 0)


head = None
for i in range(150):
    head = Node(i, head)
print("recursive total", head.total)


class Temp:
    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 // 5 + 32

    @property
    def bad(self):
        if self.c > 2:
            raise ValueError("too hot", self.c)
        return self.c

    @property
    def gen(self):
        yield self.c
        yield self.c + 1


acc = 0
for i in range(50):
    t = Temp(i)
    acc += t.f
print("sum", acc)

caught = []
for i in range(5):
    try:
        caught.append(Temp(i).bad)
    except ValueError as e:
        caught.append(e.args)
print("bad", caught)

print("gen", [list(Temp(i).gen) for i in range(3)])


def make_getter(k):
    def get(self, extra=1):
        return self.c * k + extra
    return get


class Scaled:
    def __init__(self, c):
        self.c = c

    triple = property(make_getter(3))


print("closure getter", [Scaled(i).triple for i in range(4)])


class Builtinish:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)

    size = property(len)


print("builtin getter", [Builtinish([0] * i).size for i in range(4)])

# A warm site whose property is replaced, then deleted (the instance attribute shows again).
t = Temp(10)
t.__dict__["f"] = "instance value"
seen = []
for step in range(6):
    seen.append(t.f)
    if step == 1:
        Temp.f = property(lambda self: "replaced")
    if step == 3:
        del Temp.f
print("replaced", seen)


# A site that sees a property on one class and a plain attribute on another.
class A:
    @property
    def v(self):
        return "A.v"


class B:
    def __init__(self):
        self.v = "B.v"


print("mixed", [o.v for o in [A(), B(), A(), B()]])

