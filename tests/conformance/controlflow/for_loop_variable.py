# The loop variable keeps its last value; reassigning it does not affect iteration.
for i in range(3):
    pass
print(i)
for i in range(3):
    print('before', i)
    i = 100
    print('after', i)
print(i)
for x in []:
    pass
try:
    print(x)
except NameError:
    print('NameError x never bound')
j = 'unchanged'
for j in []:
    pass
print(j)
