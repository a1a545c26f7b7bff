# strip, lstrip and rstrip with and without characters.
s = '  \t hello \n '
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
print('xxhixx'.strip('x'), 'xxhixx'.lstrip('x'), 'xxhixx'.rstrip('x'))
print('abcHIcba'.strip('abc'))
print(repr(''.strip()), repr('   '.strip()))
print('www.example.com'.strip('cmowz.'))
print('hello'.strip(''), 'hello'.strip('xyz'))
print(repr('\n\t x \r\n'.strip()), repr('\x0b\x0cy'.strip()))
print('<<a>>'.strip('<>'), '<<a>>'.lstrip('<'), '<<a>>'.rstrip('>'))
print('aaa'.strip('a') == '', 'abcba'.strip('ab'))
for s in ('  a  ', 'b  ', '  c'):
    print('[' + s.lstrip() + '|' + s.rstrip() + ']')
