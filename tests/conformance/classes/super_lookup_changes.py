# super() finds the same attribute again and again in a loop, and something else as soon as a class changes:
# a rebound or deleted method in a base, a method added to a base later, the same method reached from different
# subclasses (different MROs after the class), many names through one class, class methods and properties.


class A:
    def m(self):
        return "A.m"

    def n(self):
        return "A.n"


class B(A):
    def m(self):
        return "B.m"


class C(B):
    def m(self):
        return "C>" + super().m()

    def n(self):
        return "C>" + super().n()


c = C()
print([c.m() for _ in range(3)], c.n())


def new_m(self):
    return "B.new_m"


B.m = new_m
print(c.m())
del B.m
print(c.m(), c.n())
B.n = lambda self: "B.n"
print(c.n())


class Mixin:
    def who(self):
        return "Mixin>" + super().who()


class Base:
    def who(self):
        return "Base"


class Other:
    def who(self):
        return "Other"


class X(Mixin, Base):
    pass


class Y(Mixin, Other):
    pass


for _ in range(2):
    print(X().who(), Y().who(), X().who())


class Many:
    def a(self):
        return 1

    def b(self):
        return 2

    def c(self):
        return 3

    def d(self):
        return 4

    def e(self):
        return 5

    def f(self):
        return 6


class Sub(Many):
    def total(self):
        s = 0
        for _ in range(3):
            s += super().a() + super().b() + super().c() + super().d() + super().e() + super().f()
        return s


print(Sub().total())


class K:
    @classmethod
    def make(cls):
        return "K.make " + cls.__name__

    @staticmethod
    def st(v):
        return v * 2

    @property
    def p(self):
        return "K.p"


class L(K):
    @classmethod
    def make(cls):
        return "L>" + super().make()

    def use(self):
        return super().st(21), super().p


class M(L):
    pass


print(L.make(), M.make(), L.make(), L().use(), M().use())
