# The else clause of for runs only when the loop is not broken.
for i in range(3):
    pass
else:
    print('completed, i =', i)
for i in range(10):
    if i == 2:
        break
else:
    print('not printed')
print('broke at', i)
for x in []:
    print('never')
else:
    print('empty loop else')
def is_prime(n):
    for d in range(2, n):
        if n % d == 0:
            return False
    else:
        return n > 1
print([n for n in range(20) if is_prime(n)])
for i in range(3):
    if i == 1:
        continue
else:
    print('continue does not skip else')
