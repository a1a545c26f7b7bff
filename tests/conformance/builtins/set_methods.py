# Commonly used set methods and operators (printed sorted).
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union(b)), sorted(a.intersection(b)), sorted(a.difference(b)), sorted(a.symmetric_difference(b)))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, a.issubset(b), a.issuperset({1}))
print(a.isdisjoint({9}), a.isdisjoint(b))
s = set()
s.add(1); s.add(1); s.add('x')
print(len(s), 1 in s, 'y' in s)
s.discard('x'); s.discard('missing')
print(sorted(s))
s.update([5, 6], (7,))
print(sorted(s))
s.remove(5)
try:
    s.remove(5)
except KeyError:
    print('KeyError remove missing')
one = {42}
print(one.pop(), one)
f = frozenset([1, 2])
print(sorted(f | {3}), f == {1, 2}, 2 in f)
