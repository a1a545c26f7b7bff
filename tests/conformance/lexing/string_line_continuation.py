# Backslash-newline inside string literals and between tokens.
s = 'first \
second'
print(s)
t = "a\
b\
c"
print(t, len(t))
u = 'x' \
    'y'
print(u)
v = b'one \
two'
print(v)
print(len('\
'))
