# startswith/endswith with optional start and end positions.
s = 'hello world'
print(s.startswith('hello'), s.startswith('world'), s.startswith(''))
print(s.endswith('world'), s.endswith('hello'), s.endswith(''))
print(s.startswith('world', 6), s.startswith('wor', 6, 8), s.startswith('wor', 6, 9))
print(s.endswith('hello', 0, 5), s.endswith('lo', 0, 4))
print(''.startswith(''), ''.endswith('a'))
print(s.startswith('hello world!'), s.endswith('xhello world'))
files = ['report.txt', 'image.png', 'notes.TXT', 'readme']
print([f for f in files if f.endswith('.txt')])
print([f for f in files if f.lower().endswith('.txt')])
print([f for f in files if f.startswith('re')])
s = 'prefix-body-suffix'
print(s.startswith('body', 7), s.endswith('body', 0, 11), s.startswith('-', -7))
