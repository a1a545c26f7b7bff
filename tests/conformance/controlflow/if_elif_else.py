# if / elif / else chains.
def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n < 10:
        return 'small'
    elif n < 100:
        return 'medium'
    else:
        return 'large'
for n in (-5, 0, 3, 42, 1000):
    print(n, classify(n))
x = 5
if x > 3:
    print('a')
if x > 10:
    print('b')
elif x > 4:
    print('c')
if not x:
    print('d')
else:
    print('e')
