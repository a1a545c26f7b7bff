# str.format with automatic and explicit positional fields.
print('{} and {}'.format('a', 'b'))
print('{0} {1} {0}'.format('x', 'y'))
print('{1}{0}'.format(1, 2))
print('{}'.format(None), '{}'.format([1, 'a']), '{}'.format((1,)))
print('{} {}'.format(1.5, True))
print('no fields'.format(1, 2))
try:
    '{} {}'.format(1)
except IndexError:
    print('IndexError missing arg')
try:
    '{0} {}'.format(1, 2)
except ValueError:
    print('ValueError mixed numbering')
