# for loops over various iterable types.
for ch in 'ab':
    print('str', ch)
for item in (1, 'two'):
    print('tuple', item)
for k in {'only': 1}:
    print('dict', k)
for v in sorted({3, 1, 2}):
    print('set', v)
for b in b'AB':
    print('bytes', b)
for i in range(5, 0, -2):
    print('range', i)
for k, v in {'x': 1}.items():
    print('items', k, v)
for x in iter([7, 8]):
    print('iter', x)
