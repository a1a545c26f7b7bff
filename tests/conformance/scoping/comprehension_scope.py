# Comprehension variables do not leak into the enclosing scope.
x = 'outer'
squares = [x * x for x in range(4)]
print(squares, x)
y = 'kept'
gen = list(y for y in 'ab')
print(gen, y)
d = {k: k for k in range(2)}
print(sorted(d), 'k' in dir())
def f():
    i = 'local'
    s = {i for i in range(3)}
    return sorted(s), i
print(f())
