# Float conversions in % formatting (values without rounding ties).
x = 3.14159
print('%f' % x, '%.2f' % x, '%.0f' % x)
print('[%8.3f]' % x, '[%-8.3f]' % x, '[%08.3f]' % x)
print('%e' % 12345.678, '%.3e' % 0.000123)
print('%.1f' % 2.75 if False else '%.2f' % 2.75)
print('%f' % 1, '%.3f' % -1)
print('%s' % 1.5, '%r' % 0.25)
print('%.2f%%' % 99.5)
for v in (0.5, 1.6876, 10.1874, -3.0, 1234.5671):
    print('%.3f|%8.2f|%-8.1f|%+.4f' % (v, v, v, v))
print('%.2e' % 1500.0, '%.1e' % 0.00025)
print('%d items at %.2f each' % (3, 1.5))
