# Equal numbers of different types are the same dict key / set member.
d = {1: 'int'}
d[1.0] = 'float'
print(len(d), d[1])
d2 = {}
d2[2.0] = 'a'
d2[2] = 'b'
print(len(d2), d2[2.0])
s = {1, 1.0, True}
print(len(s))
s2 = {0, 0.0, False, 2}
print(len(s2), sorted(s2))
print(1 in {1.0: 'x'}, 2.5 in {2: 'y'})
print({2**70: 'big'}[2**70])
