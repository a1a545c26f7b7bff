# A class body runs once, top to bottom, like a function body.
print('before class')
class C:
    print('in class body')
    a = 1
    b = a + 1
    for i in range(3):
        a += i
    def m(self):
        return 'm'
    print('end of class body')
print('after class', C.a, C.b, C.i)
def helper():
    return 'module helper'
class D:
    v = helper()
print(D.v)
