# Working with multi-line text.
text = """first line
  second line
third line"""
lines = text.split('\n')
print(len(lines))
for i, line in enumerate(lines):
    print(i, repr(line.strip()))
print(text.count('line'), text.find('second'))
print('\n'.join(l.upper() for l in lines))
words = text.split()
print(words, len(words))
