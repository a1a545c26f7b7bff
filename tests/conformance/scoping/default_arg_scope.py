# Default values and decorators are evaluated in the defining scope.
x = 'global x'
def outer():
    x = 'outer x'
    def inner(v=x):
        return v
    return inner
print(outer()())
class C:
    val = 'class val'
    def m(self, v=val):
        return v
print(C().m())
def make(n):
    def f(a=n * 2):
        return a
    return f
print(make(5)(), make(7)())
