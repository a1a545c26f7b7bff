# Descriptor protocol: __get__/__set__ on class attributes, non-data descriptors, __set_name__.
class Desc:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "class access"
        return "instance access " + type(obj).__name__

    def __set__(self, obj, value):
        obj._stored = value * 2


class Holder:
    d = Desc()


h = Holder()
print(h.d)
h.d = 5
print(h._stored)


class NonData:
    def __get__(self, obj, objtype=None):
        return 42


class H2:
    nd = NonData()


h2 = H2()
print(h2.nd)


class Named:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__

    def __get__(self, obj, objtype=None):
        return self.name + "@" + self.owner


class UsesNamed:
    field = Named()
    other = Named()


print(UsesNamed().field, UsesNamed().other)
