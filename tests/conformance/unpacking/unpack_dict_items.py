# Unpacking dict items and keyword dictionaries.
d = {'name': 'ann', 'age': 30}
for key, value in sorted(d.items()):
    print(key, value)
(k1, v1), (k2, v2) = sorted(d.items())
print(k1, v1, k2, v2)
def describe(name, age):
    return '%s is %d' % (name, age)
print(describe(**d))
items = list(d.items())
print(sorted(items))
keys = [k for k, _ in sorted(d.items())]
print(keys)
