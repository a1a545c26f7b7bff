# % formatting with a mapping.
data = {'name': 'Ann', 'n': 3}
print('%(name)s has %(n)d items' % data)
print('%(n)05d' % data)
print('%(name)s %(name)s' % data)
try:
    '%(missing)s' % data
except KeyError:
    print('KeyError missing')
row = {'item': 'apple', 'qty': 3, 'price': 12}
print('%(item)-8s|%(qty)3d|%(price)5d' % row)
print('%(qty)x %(qty)o %(item)r' % row)
print('%%(literal)s %(item)s' % row)
try:
    '%(item)s %s' % row
except TypeError:
    print('TypeError mixing mapping and positional')
