# Attribute loads, method loads and stores in loops (so each site runs warm) while the classes, the instances
# and their dicts change under them: every change must be seen by the next run of the same instruction.


class Base:
    kind = "base"

    def who(self):
        return "base.who"


class Child(Base):
    pass


def read_kind(objs):
    return [o.kind for o in objs]


def call_who(objs):
    return [o.who() for o in objs]


def read_x(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError:
            out.append("missing")
    return out


def store_x(objs, v):
    for o in objs:
        o.x = v


a = Child()
b = Child()
objs = [a, b, a, b]
print(read_kind(objs))
Base.kind = "base2"                      # a base-class attribute changes
print(read_kind(objs))
Child.kind = "child"                     # a subclass now shadows it
print(read_kind(objs))
a.kind = "inst"                          # an instance shadows the class
print(read_kind(objs))
del Child.kind
print(read_kind(objs))
del a.kind
print(read_kind(objs))

print(call_who(objs))
Child.who = lambda self: "child.who"     # method overridden in the subclass after the site is warm
print(call_who(objs))
b.who = lambda: "instance.who"           # an instance attribute shadows the method
print(call_who(objs))
del b.who
del Child.who
print(call_who(objs))


def prop_get(self):
    return "prop"


print(read_x(objs))
store_x(objs, 1)
print(read_x(objs))
Base.x = property(prop_get)              # a data descriptor now takes precedence over the instance dict
print(read_x(objs))
try:
    store_x(objs, 2)
except AttributeError:
    print("store blocked by read-only property")
del Base.x
print(read_x(objs))


log = []


def logging_setattr(self, name, value):
    log.append((name, value))
    object.__setattr__(self, name, value)


store_x(objs, 3)
Child.__setattr__ = logging_setattr      # __setattr__ appears after the store site is warm
store_x(objs, 4)
print(read_x(objs), len(log), log[0])
del Child.__setattr__
store_x(objs, 5)
print(read_x(objs), len(log))


class Other:
    def __init__(self, x):
        self.x = x

    def who(self):
        return "other.who"


mixed = [a, Other(7), b, Other(8)]       # sites seeing two types in turn
print(read_x(mixed), call_who(mixed))
store_x(mixed, 9)
print(read_x(mixed))

# Instances whose dicts have different layouts: the entry position learnt from one must not be trusted for another.
p = Other(1)
q = Other(2)
q.y = 3
del q.x
q.x = 4
r = Other(5)
r.__dict__.clear()
r.z = 6
r.x = 10
print(read_x([p, q, r, p, q, r]))
del r.x
print(read_x([p, q, r]))


# Methods of built-in types through a warm LOAD_METHOD site, with changing receiver types.
def appenders(items):
    out = []
    for it in items:
        it.append(1)
        out.append(len(it))
    return out


class MyList(list):
    def append(self, v):
        list.append(self, v)
        list.append(self, v)


print(appenders([[], [0], MyList(), [], MyList([5])]))
