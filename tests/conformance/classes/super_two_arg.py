# super(Class, obj) starts the lookup after Class.
class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B'
class C(B):
    def who(self):
        return 'C'
    def skip(self):
        return super(B, self).who()
    def explicit(self):
        return super(C, self).who()
c = C()
print(c.who(), c.explicit(), c.skip())
print(super(C, c).who(), super(B, c).who())
