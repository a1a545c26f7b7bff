# Objects with __hash__ and __eq__ work as dict keys and set members.
class Key:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Key) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return hash(self.name.lower())
d = {Key('A'): 1}
d[Key('a')] = 2
d[Key('b')] = 3
print(len(d), d[Key('A')], d[Key('B')])
s = {Key('x'), Key('X'), Key('y')}
print(len(s), Key('Y') in s, Key('z') in s)
class Const:
    def __hash__(self):
        return 7
print(hash(Const()) == hash(Const()))
