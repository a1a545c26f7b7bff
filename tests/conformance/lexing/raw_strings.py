# Raw strings keep backslashes; a backslash still escapes the quote character.
print(r'\d+\.\d+')
print(len(r'\\'))
print(r'a\'b', len(r'a\'b'))
print(r"a\"b")
print(r'C:\path\to\file')
print(r'\x41' == '\\x41')
print(r'\u00e9', len(r'\u00e9'))
s = r'''multi
line\n raw'''
print(s)
print(list(r'\t'))
