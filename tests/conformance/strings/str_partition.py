# partition and rpartition always return 3-tuples.
print('key=value'.partition('='))
print('key=value=more'.partition('='))
print('key=value=more'.rpartition('='))
print('novalue'.partition('='))
print('novalue'.rpartition('='))
print('=start'.partition('='), 'end='.rpartition('='))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'))
try:
    'abc'.partition('')
except ValueError:
    print('ValueError empty separator')
