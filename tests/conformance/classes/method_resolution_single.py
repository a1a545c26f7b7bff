# Method lookup walks up a single-inheritance chain.
class A:
    def f(self):
        return 'A.f'
    def g(self):
        return 'A.g calls ' + self.f()
class B(A):
    def f(self):
        return 'B.f'
class C(B):
    pass
print(C().f(), C().g(), A().g())
print(C().h() if hasattr(C(), 'h') else 'no h')
class D(C):
    def g(self):
        return 'D.g then ' + super().g()
print(D().g())
