# Adjacent string literals are concatenated at compile time.
s = 'abc' 'def'
print(s)
s = ('one '
     'two '
     "three")
print(s)
print('a' r'\n' 'b')
print(b'x' b'y')
print(len('ab' 'cd'))
x = 5
print(f'x={x} ' 'plain')
print('tab\t' '|')
print(('a' 'b') * 2)
