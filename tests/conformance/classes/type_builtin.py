# type() with one argument returns the type; with three it creates a class.
print(type(1) is int, type(1.0) is float, type('') is str, type([]) is list)
print(type(None).__name__, type(print).__name__ if False else type(len) is type(abs))
class K:
    pass
print(type(K()) is K, type(K) is type, type(type) is type)
def hello(self):
    return 'hello from ' + self.name
Dyn = type('Dyn', (), {'name': 'dyn', 'hello': hello})
d = Dyn()
print(Dyn.__name__, d.hello(), d.name)
Sub = type('Sub', (Dyn,), {'name': 'sub'})
print(Sub().hello(), issubclass(Sub, Dyn))
