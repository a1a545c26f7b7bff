# Converting big ints to and from decimal strings.
n = 2**200
s = str(n)
print(s)
print(len(s), int(s) == n)
print(str(-n)[:10])
f = 1
for i in range(2, 51):
    f *= i
print(f)
print(len(str(f)), str(f).count('0'))
print(int('-' + '9' * 40) + 1)
print(repr(10**25), str(10**25 - 1))
