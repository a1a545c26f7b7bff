# dict.update / setdefault / pop / popitem / fromkeys in their different forms.
d = {}
d.update({'a': 1})
d.update([('b', 2)], c=3)
d.update(d=4)
d.update(zip(['e'], [5]))
print(sorted(d.items()))
print(d.setdefault('a', 100), d.setdefault('f'), sorted(d, key=str))
print(d.pop('f'), d.pop('missing', 'default'), 'f' in d)
one = {'only': 1}
print(one.popitem(), one)
print(sorted(dict.fromkeys(range(3)).items()), sorted(dict.fromkeys('ab', []).items()))
shared = dict.fromkeys(['x', 'y'], [])
shared['x'].append(1)
print(shared['y'])
c = d.copy()
c['a'] = 'changed'
print(d['a'], c['a'], len(c) == len(d))
for bad in ([(1, 2, 3)], [(1,)], ['abc']):
    try:
        dict(bad)
    except ValueError:
        print('ValueError')
print(dict(['ab', 'cd']) == {'a': 'b', 'c': 'd'})
try:
    {}.pop('k')
except KeyError as e:
    print('KeyError', e.args)
try:
    {}.popitem()
except KeyError:
    print('KeyError')
