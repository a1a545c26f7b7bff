# isdigit, isalpha, isspace on various strings.
for s in ('123', 'abc', 'a1', ' ', ' \t\n', '', 'ABC', '1.5', '-1'):
    print(repr(s), s.isdigit(), s.isalpha(), s.isspace())
print('0123456789'.isdigit(), 'abcXYZ'.isalpha(), '\n\t \r'.isspace())
print('a b'.isalpha(), '1 2'.isdigit(), 'x '.isspace())
words = ['abc', '123', 'a1', '  ', 'Zz']
print([w for w in words if w.isalpha()], [w for w in words if w.isdigit()])
print([w for w in words if w.isspace()])
def classify(s):
    if s.isdigit():
        return 'digits'
    if s.isalpha():
        return 'letters'
    if s.isspace():
        return 'space'
    return 'mixed'
print([classify(s) for s in ('42', 'abc', ' ', 'a1', '')])
