# Using None as a sentinel default and a private sentinel object.
_missing = object()
def get(d, key, default=_missing):
    if key in d:
        return d[key]
    if default is _missing:
        raise KeyError(key)
    return default
d = {'a': 1}
print(get(d, 'a'), get(d, 'b', None), get(d, 'b', 0))
try:
    get(d, 'b')
except KeyError as e:
    print('KeyError', e.args)
def f(x=None):
    return 'none' if x is None else x
print(f(), f(0), f(''))
