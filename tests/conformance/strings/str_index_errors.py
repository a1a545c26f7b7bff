# Indexing errors on strings.
s = 'abc'
for i in (0, 2, -1, -3, 3, -4, 100):
    try:
        print(i, s[i])
    except IndexError:
        print(i, 'IndexError')
try:
    s['a']
except TypeError:
    print('TypeError str index')
try:
    s[1.0]
except TypeError:
    print('TypeError float index')
print(repr(s[3:]), repr(s[10:20]))
