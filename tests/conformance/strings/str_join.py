# str.join with different iterables.
print(','.join(['a', 'b', 'c']))
print(''.join(['x', 'y']))
print(' - '.join(('one', 'two')))
print('|'.join('abc'))
print(', '.join(str(i) for i in range(5)))
print(repr(','.join([])), repr(','.join(['only'])))
print('ab'.join(['1', '2', '3']))
print('\n'.join(['line1', 'line2']))
try:
    ','.join(['a', 1])
except TypeError:
    print('TypeError non-str item')
