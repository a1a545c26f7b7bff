# Names defined in a class body are not visible inside its methods.
x = 'global'
class C:
    x = 'class'
    y = x + '!'
    def method(self):
        return x
    def via_self(self):
        return self.x
    def via_class(self):
        return C.x
c = C()
print(C.y, c.method(), c.via_self(), c.via_class())
class D:
    value = 1
    def get(self):
        try:
            return value
        except NameError:
            return 'NameError'
print(D().get())
