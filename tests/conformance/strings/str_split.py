# str.split with and without a separator and with maxsplit.
print('a b  c'.split())
print('  leading and trailing  '.split())
print('a,b,,c'.split(','))
print('a,b,c'.split(',', 1))
print('a b c d'.split(None, 2))
print(''.split(), ''.split(','))
print('abc'.split('abc'), 'abcabc'.split('b'))
print('a--b--c'.split('--'))
print('one\ttwo\nthree'.split())
print('x'.split('x'), ',,'.split(','))
print('a b c'.split(' ', 0))
try:
    'abc'.split('')
except ValueError:
    print('ValueError empty separator')
