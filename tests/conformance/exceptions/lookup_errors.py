# KeyError and IndexError from containers.
d = {'a': 1}
l = [1, 2]
t = (1,)
s = 'ab'
for label, fn in [('dict', lambda: d['b']), ('list', lambda: l[5]), ('tuple', lambda: t[-2]),
                  ('str', lambda: s[2]), ('pop empty', lambda: [].pop()),
                  ('dict pop', lambda: {}.pop('k')), ('range', lambda: range(3)[3])]:
    try:
        fn()
    except LookupError as e:
        print(label, type(e).__name__)
try:
    d['missing']
except KeyError as e:
    print('KeyError args', e.args)
print(d.get('missing'), d.pop('missing', 'default'))
