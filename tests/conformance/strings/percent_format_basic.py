# printf-style % formatting basics.
print('%s' % 'str', '%s' % 42, '%s' % [1, 2])
print('%d' % 42, '%d' % -7, '%i' % 3)
print('%r' % 'quoted', '%r' % 5)
print('%s and %s' % ('a', 'b'))
print('100%%', '%d%%' % 50)
print('%s' % (1,), '%s' % ((1, 2),))
print('%d' % 3.99, '%d' % -3.99)
print('%s' % None, '%s' % True)
try:
    '%s %s' % ('only',)
except TypeError:
    print('TypeError not enough')
try:
    '%s' % (1, 2)
except TypeError:
    print('TypeError too many')
