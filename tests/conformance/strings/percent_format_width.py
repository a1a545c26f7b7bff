# Width, flags and integer conversions in % formatting.
print('[%5d]' % 42, '[%-5d]' % 42, '[%05d]' % 42, '[%+d]' % 42)
print('[%5s]' % 'ab', '[%-5s]' % 'ab', '[%.2s]' % 'abcdef')
print('%x %X %o' % (255, 255, 8))
print('%c%c' % (72, 'i'))
print('[%*d]' % (6, 12))
print('[%-8s|%8s]' % ('left', 'right'))
print('%x' % 2**70, '%d' % -(2**70))
print('[%3d]' % 12345)
for n in (0, 7, -7, 255, 65535):
    print('[%6d][%-6d][%06d][%+6d][%6x][%-6o]' % (n, n, n, n, n, n))
print('[%3s][%-3s]' % ('abcde', 'x'))
print('%c%c%c' % (80, 121, 33))
