# dict views are live, support len/in/iteration; dict | and |= (PEP 584), ==, and the dict() forms.
d = {'a': 1}
k = d.keys()
v = d.values()
it = d.items()
print(k, v, it, len(k), len(v), len(it))
d['b'] = 2
print(len(k), sorted(k), sorted(v), sorted(it))
print('a' in k, 'z' in k, 2 in v, 9 in v, ('b', 2) in it, ('b', 3) in it)
for key, value in sorted(d.items()):
    print(key, value)
e = {'b': 20, 'c': 30}
print(sorted((d | e).items()), sorted(d.items()))
d |= e
print(sorted(d.items()))
print({1: 2, 3: 4} == {3: 4, 1: 2}, {1: 2} == {1: 3}, {1: 2} != {1: 2}, {} == {})
print(sorted(dict(x=1, y=2).items()), dict([(1, 'one')]), dict({5: 6}), dict(((7, 8),)))
print(sorted(dict({1: 2}, three=3).items(), key=str), dict([]), dict())
print(dict(zip('ab', [1, 2])) == {'a': 1, 'b': 2})
try:
    {1: 2} | [(3, 4)]
except TypeError:
    print('TypeError')
