# splitlines recognises \n, \r\n and \r.
print('a\nb\nc'.splitlines())
print('a\r\nb\rc\n'.splitlines())
print('no newline'.splitlines())
print(''.splitlines(), '\n'.splitlines(), '\n\n'.splitlines())
print('line1\n\nline3'.splitlines())
print('x\ny\n'.splitlines(True))
text = 'first\nsecond\r\nthird\rfourth'
for i, line in enumerate(text.splitlines()):
    print(i, line)
print(len('\n'.join(['a', 'b', 'c']).splitlines()))
print('trailing\n\n'.splitlines())
print(['x'] == 'x'.splitlines())
