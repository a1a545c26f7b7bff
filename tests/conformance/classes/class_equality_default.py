# Without __eq__, instances compare by identity.
class P:
    def __init__(self, v):
        self.v = v
a, b = P(1), P(1)
print(a == b, a != b, a == a, a is a)
print(a in [b], a in [a], [a].count(a), [a, b].index(b))
s = {a, b, a}
print(len(s))
d = {a: 'first'}
d[b] = 'second'
print(len(d), d[a])
