# __contains__ implements the in operator.
class Evens:
    def __contains__(self, x):
        return isinstance(x, int) and x % 2 == 0
e = Evens()
print(2 in e, 3 in e, 'a' in e, 3 not in e)
class Truthy:
    def __contains__(self, x):
        return x
t = Truthy()
print(1 in t, 0 in t, [] in t, 'x' in t)
