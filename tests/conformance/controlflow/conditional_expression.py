# x if cond else y, including nesting and laziness.
def side(v):
    print('eval', v)
    return v
for n in (-1, 0, 1):
    print(n, 'neg' if n < 0 else 'zero' if n == 0 else 'pos')
print(side('a') if True else side('b'))
print(side('a') if False else side('b'))
x = 5
y = (x * 2 if x > 3 else x / 2) + 1
print(y)
print([('even' if i % 2 == 0 else 'odd') for i in range(4)])
f = (lambda v: 'big' if v > 10 else 'small')
print(f(11), f(1))
