# Backslash escapes in string literals.
print(repr('\n'), repr('\t'), repr('\r'))
print(repr('\\'), repr('\''), repr('\"'))
print(ord('\a'), ord('\b'), ord('\f'), ord('\v'), ord('\0'))
print('\x41\x42\x43')
print('\101\102\103')
print('\7' == '\x07', '\77' == '?', '\101' == 'A')
print(len('\x00\x01'))
print('a\
b')
print('back\\slash')
print(repr('\\q'), len('\\q'))
