# Substring membership with in / not in.
s = 'hello world'
print('hello' in s, 'world' in s, 'o w' in s, 'xyz' in s)
print('' in s, '' in '', 'a' in '')
print('H' in s, 'h' not in s)
print('ll' in 'hello', 'lll' in 'hello')
try:
    1 in 'abc'
except TypeError:
    print('TypeError int in str')
