# !r and !s conversions in str.format.
s = 'text'
print('{!r} {!s} {}'.format(s, s, s))
print('{0!r:>10}|'.format('ab'))
print('{!r}'.format(42), '{!r}'.format([1, 'x']))
print('{!r}'.format("it's"))
class P:
    def __repr__(self):
        return 'P()'
    def __str__(self):
        return 'a P'
print('{} {!r} {!s}'.format(P(), P(), P()))
