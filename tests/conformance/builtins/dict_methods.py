# Commonly used dict methods (output sorted: MicroPython's dict order differs).
d = {'a': 1}
d['b'] = 2
print(d.get('a'), d.get('z'), d.get('z', 0))
print(d.setdefault('c', 3), d.setdefault('a', 99))
print(sorted(d.items()), sorted(d.keys()), sorted(d.values()))
print(d.pop('b'), d.pop('b', 'gone'))
d.update({'x': 10}, y=20)
d.update([('z', 30)])
print(sorted(d.items()))
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'])
print(sorted(dict.fromkeys(['p', 'q'], 0).items()))
print('a' in d, 'nope' in d, len(d))
del d['a']
print(sorted(d))
single = {'k': 'v'}
print(single.popitem(), single)
try:
    {}.popitem()
except KeyError:
    print('KeyError popitem empty')
d.clear()
print(d)
