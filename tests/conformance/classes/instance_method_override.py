# Instance attributes shadow methods defined on the class.
class C:
    def greet(self):
        return 'class method'
c = C()
print(c.greet())
c.greet = lambda: 'instance function'
print(c.greet(), C.greet(c))
del c.greet
print(c.greet())
d = C()
print(d.greet())
