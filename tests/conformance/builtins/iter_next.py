# iter() and next() on built-in iterables.
it = iter([1, 2])
print(next(it), next(it), next(it, 'default'))
s = iter('ab')
print(next(s), list(s))
d = iter({'only': 1})
print(next(d))
t = iter((5,))
print(next(t), next(t, None))
r = iter(range(2))
print(list(r), list(r))
it = iter([1, 2, 3])
print(iter(it) is it)
for bad in (5, None):
    try:
        iter(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
try:
    next(iter([]))
except StopIteration:
    print('StopIteration')
