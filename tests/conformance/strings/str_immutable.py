# Strings are immutable; methods return new strings.
s = 'hello'
try:
    s[0] = 'H'
except TypeError:
    print('TypeError item assignment')
try:
    del s[0]
except TypeError:
    print('TypeError item deletion')
t = s.upper()
print(s, t)
u = s
s += ' world'
print(u, s)
print('H' + u[1:])
