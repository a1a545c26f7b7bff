# Attribute lookup with multiple base classes (no shared base overriding).
class Flyer:
    def fly(self):
        return 'flying'
    def move(self):
        return 'fly'
class Swimmer:
    def swim(self):
        return 'swimming'
    def move(self):
        return 'swim'
class Duck(Flyer, Swimmer):
    pass
class Fish(Swimmer):
    pass
d = Duck()
print(d.fly(), d.swim(), d.move())
print(isinstance(d, Flyer), isinstance(d, Swimmer), isinstance(Fish(), Flyer))
print([b.__name__ for b in Duck.__bases__])
class Penguin(Swimmer, Flyer):
    pass
print(Penguin().move())
