# user exceptions without __str__ print their args; __repr__ overrides repr
class Plain(Exception):
    pass
class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(str(Plain()), str(Plain("a")), str(Plain("a", 2)), Plain(1, 2).args)
print(repr(WithRepr(1)), str(WithRepr("s")), [WithRepr()])
class Base(ValueError):
    def __str__(self):
        return "base-str"
class Child(Base):
    pass
print(str(Child(1)), Child(1).args, isinstance(Child(), ValueError))
