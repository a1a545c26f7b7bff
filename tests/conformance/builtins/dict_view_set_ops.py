# Keys and items views are set-like: &, |, -, ^ with sets, views and other iterables, on either side.
d = {'a': 1, 'b': 2, 'c': 3}
e = {'b': 20, 'd': 40}
print(sorted(d.keys() & e.keys()), sorted(d.keys() | e.keys()), sorted(d.keys() - e.keys()), sorted(d.keys() ^ e.keys()))
print(sorted(d.keys() & {'a', 'z'}), sorted({'a', 'z'} - d.keys()), sorted(d.keys() | ['q']))
print(sorted(d.items() & {('a', 1), ('b', 3)}), sorted(d.items() - e.items()))
print(type(d.keys() & e.keys()).__name__)
try:
    d.values() & e.values()
except TypeError:
    print('TypeError')
