# Instance attributes shadow class attributes.
class C:
    shared = 'class value'
    count = 0
a = C()
b = C()
print(a.shared, b.shared)
a.shared = 'instance value'
print(a.shared, b.shared, C.shared)
C.shared = 'changed on class'
print(a.shared, b.shared)
del a.shared
print(a.shared)
a.count += 1
print(a.count, b.count, C.count)
C.count = 5
print(a.count, b.count)
