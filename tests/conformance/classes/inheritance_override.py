# Subclasses override and extend methods.
class Animal:
    sound = '...'
    def __init__(self, name):
        self.name = name
    def speak(self):
        return self.name + ' says ' + self.sound
    def kind(self):
        return 'animal'
class Dog(Animal):
    sound = 'woof'
class Cat(Animal):
    sound = 'meow'
    def speak(self):
        return Animal.speak(self).upper()
    def kind(self):
        return 'cat, an ' + super().kind()
for a in (Animal('generic'), Dog('rex'), Cat('tom')):
    print(a.speak(), '/', a.kind())
