# Concatenating f-strings with each other and with plain strings without braces.
a = 1
b = 2
print(f'{a}' f'{b}')
print(f'a={a}, ' 'plain text, ' f'b={b}')
print('plain ' f'{a}')
s = f'{a}' + '{literal braces}'
print(s)
print(f'{a}' + f'{b}' * 2)
parts = [f'{i}' for i in range(3)]
print('-'.join(parts))
x = 'X'
s = ''
for i in range(3):
    s += f'[{x}{i}]'
print(s)
print(f'{x}' * 3, (f'{x}' + 'y').lower())
