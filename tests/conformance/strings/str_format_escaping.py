# Doubled braces produce literal braces in str.format.
print('{{}}'.format())
print('{{{}}}'.format(5))
print('{{0}} {0}'.format('x'))
print('set: {{{0}, {1}}}'.format(1, 2))
print('}}{{'.format())
try:
    '{'.format(1)
except ValueError:
    print('ValueError lone {')
try:
    '}'.format(1)
except ValueError:
    print('ValueError lone }')
