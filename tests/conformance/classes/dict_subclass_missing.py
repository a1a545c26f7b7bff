# dict subclasses with __missing__ (CPython; MicroPython's dict lacks the hook: SKIP there)
class Probe(dict):
    def __missing__(self, key):
        return 0
try:
    Probe()['x']
except KeyError:
    print('SKIP')
    raise SystemExit

class Counter(dict):
    def __missing__(self, key):
        return 0

c = Counter()
for ch in 'abracadabra':
    c[ch] = c[ch] + 1
print(sorted(c.items()))
print(c.get('z'), 'z' in c, c['z'], len(c))

class AutoVivify(dict):
    def __missing__(self, key):
        value = self[key] = AutoVivify()
        return value

t = AutoVivify()
t['a']['b']['c'] = 1
print(t, t['a']['b'])

class Raising(dict):
    def __missing__(self, key):
        raise KeyError('missing ' + str(key))
try:
    Raising(a=1)['q']
except KeyError as e:
    print('KeyError', e.args)
print(Raising(a=1)['a'])

class Plain(dict):
    pass
try:
    Plain()['q']
except KeyError as e:
    print('KeyError', e.args)
