# Non-ASCII identifiers.
café = 'coffee'
print(café)
π = 3
print(π * 2)
def grüße(name):
    return 'hallo ' + name
print(grüße('welt'))
class Größe:
    wert = 42
print(Größe.wert, Größe.__name__)
données = [1, 2, 3]
print(sum(données))
λ = lambda x: x + 1
print(λ(1))
