# find/rfind return -1; index/rindex raise ValueError.
s = 'hello world, hello'
print(s.find('hello'), s.rfind('hello'), s.find('o'), s.rfind('o'))
print(s.find('xyz'), s.rfind('xyz'))
print(s.find('o', 5), s.find('o', 5, 7), s.find('o', 8))
print(s.find(''), s.rfind(''), s.find('', 3))
print(s.index('world'), s.rindex('l'))
print(s.find('hello', 1), s.find('h', -5))
try:
    s.index('xyz')
except ValueError:
    print('ValueError index')
try:
    s.rindex('q')
except ValueError:
    print('ValueError rindex')
