# A lone surrogate is one code point of its own; astral characters are one code point too.
s = chr(0xd800) + 'x'
print(len(s), ord(s[0]), ord(s[1]))
print([ord(c) for c in s])
t = 'a\U0001F600b'
print(len(t), ord(t[1]), t[2], t[::-1] == 'b\U0001F600a')
print(t.index('b'), t[1:2] == '\U0001F600')
