# \u and \U escapes and non-ASCII text.
s = '\u00e9'
print(s, len(s), ord(s))
print('\u03c0' == 'π')
e = '\U0001F600'
print(len(e), ord(e))
print('caf\u00e9')
print(len('日本語'), '日本語'[1])
print('\u0041\U00000042')
print(chr(0x20ac), ord('€'))
print('é'.encode(), len('é'.encode()))
print(str('é') == 'é')
