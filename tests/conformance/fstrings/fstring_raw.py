# Raw f-strings keep backslashes in the literal parts.
x = 'X'
print(rf'\n{x}\t')
print(fr'\d+{x}')
print(len(rf'\n'))
pattern = 'abc'
print(rf'^{pattern}\b$')
print(fr'{{literal}} \t {pattern}')
n = 3
print(rf'\d{{{n}}}')
print(len(fr'\\'), fr'{n}\n{n}')
