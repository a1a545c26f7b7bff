# Semicolons and one-line compound statements.
a = 1; b = 2; c = a + b; print(c)
if a: print('one-line if')
if not a: print('never')
else: print('one-line else')
for i in range(3): print('i', i)
n = 0
while n < 2: n += 1; print('n', n)
def f(x): return x * 2
print(f(21))
class K: v = 7
print(K.v)
try: 1 / 0
except ZeroDivisionError: print('caught')
