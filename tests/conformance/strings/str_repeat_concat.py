# Concatenation and repetition of strings.
print('ab' + 'cd', 'ab' * 3, 3 * 'ab')
print(repr('ab' * 0), repr('ab' * -2))
s = ''
for i in range(5):
    s += str(i)
print(s)
print('-' * 20)
t = 'x'
t *= 4
print(t)
try:
    'a' + 1
except TypeError:
    print('TypeError str + int')
try:
    'a' * 'b'
except TypeError:
    print('TypeError str * str')
