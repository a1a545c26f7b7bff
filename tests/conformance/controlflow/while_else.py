# The else clause of while runs only when the loop ends without break.
n = 0
while n < 3:
    n += 1
else:
    print('else ran, n =', n)
n = 0
while n < 10:
    n += 1
    if n == 4:
        break
else:
    print('not printed')
print('broke at', n)
while False:
    pass
else:
    print('else of a loop that never ran')
def find(seq, target):
    i = 0
    while i < len(seq):
        if seq[i] == target:
            return i
        i += 1
    else:
        return -1
print(find([5, 6, 7], 7), find([5, 6, 7], 8))
