# Slicing strings with positive, negative and out-of-range bounds (step 1).
s = 'abcdefgh'
print(s[0], s[-1], s[3], s[-3])
print(s[2:5], s[:3], s[5:], s[:], s[-3:], s[:-3])
print(s[-5:-2], s[2:-2], s[-100:3], s[5:100])
print(repr(s[5:2]), repr(s[100:]), repr(s[-1:-5]))
print(s[0:0] == '', len(s[1:7]))
print(s[1:None], s[None:2])
try:
    s[8]
except IndexError:
    print('IndexError 8')
try:
    s[-9]
except IndexError:
    print('IndexError -9')
u = 'héllo wörld'
print(u[1], u[7], u[1:5], len(u))
