# Adding and changing class attributes at run time affects all instances.
class C:
    pass
a, b = C(), C()
C.x = 1
print(a.x, b.x)
C.x = 2
print(a.x)
a.x = 'own'
C.x = 3
print(a.x, b.x)
def method(self):
    return 'added method'
C.m = method
print(a.m(), b.m())
del C.m
print(hasattr(a, 'm'))
