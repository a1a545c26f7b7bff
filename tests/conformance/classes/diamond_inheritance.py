# A diamond hierarchy where the lookup order of CPython's C3 MRO and
# MicroPython's depth-first search agree (the shared base is not overridden twice).
class Base:
    def hello(self):
        return 'Base.hello'
    def only_base(self):
        return 'only in Base'
class Left(Base):
    def hello(self):
        return 'Left.hello'
    def left(self):
        return 'left'
class Right(Base):
    def right(self):
        return 'right'
class Bottom(Left, Right):
    pass
b = Bottom()
print(b.hello(), b.left(), b.right(), b.only_base())
print(isinstance(b, Base), issubclass(Bottom, Right), issubclass(Right, Left))
