# Triple-quoted strings.
a = '''one
two
three'''
print(a)
print(a.count('\n'))
b = """She said "hi" and 'bye'"""
print(b)
c = """\
no leading newline"""
print(c)
d = '''a\
b'''
print(d)
e = """tab\there"""
print(e)
print(len(""""""), len(''''''))
f = '''ends with quote"'''
print(f)
