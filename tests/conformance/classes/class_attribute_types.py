# Functions stored on a class become methods; other callables do not bind.
def standalone(self):
    return 'bound to ' + type(self).__name__
class C:
    method = standalone
    data = [1, 2]
    num = 5
c = C()
print(c.method(), C.method(c))
C.later = lambda self, x: x * 2
print(c.later(21))
c.instance_func = lambda x: x + 1
print(c.instance_func(1))
print(C.data is c.data, c.num)
