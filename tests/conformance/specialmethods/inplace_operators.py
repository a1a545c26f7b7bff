# __iadd__ and friends mutate in place; without them the binary method is used.
class Acc:
    def __init__(self):
        self.items = []
    def __iadd__(self, x):
        self.items.append(x)
        return self
    def __isub__(self, x):
        self.items.remove(x)
        return self
a = Acc()
ref = a
a += 1
a += 2
a -= 1
print(a.items, a is ref)
class Plain:
    def __init__(self, v):
        self.v = v
    def __add__(self, o):
        return Plain(self.v + o)
p = Plain(1)
q = p
p += 10
print(p.v, q.v, p is q)
lst = [1]
alias = lst
lst += [2]
print(alias, lst is alias)
t = (1,)
t_alias = t
t += (2,)
print(t, t_alias)
