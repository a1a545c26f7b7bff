# property with getter and setter.
class Temperature:
    def __init__(self, celsius):
        self._c = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273:
            raise ValueError('too cold')
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32
t = Temperature(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
try:
    t.celsius = -300
except ValueError as e:
    print('ValueError', e.args)
try:
    t.fahrenheit = 5
except AttributeError:
    print('AttributeError read-only property')
print(t.celsius)
