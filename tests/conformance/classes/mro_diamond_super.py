# Diamond inheritance: C3 linearisation makes the super() chain visit both branches.
# (MicroPython's own depth-first lookup is a documented limitation; we follow CPython's C3 here.)
class A:
    def chain(self):
        return ['A']
    def name(self):
        return 'A.name'
class B(A):
    def chain(self):
        return ['B'] + super().chain()
class C(A):
    def chain(self):
        return ['C'] + super().chain()
    def name(self):
        return 'C.name'
class D(B, C):
    def chain(self):
        return ['D'] + super().chain()
d = D()
print(d.chain())
print(d.name())
