# Choosing behaviour with a dict of functions instead of an if chain.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
def mul(a, b):
    return a * b
ops = {'+': add, '-': sub, '*': mul}
for expr in ('3 + 4', '10 - 7', '6 * 7', '1 / 2'):
    a, op, b = expr.split()
    fn = ops.get(op)
    if fn is None:
        print(expr, 'unsupported')
    else:
        print(expr, '=', fn(int(a), int(b)))
print(ops.get('%', lambda a, b: 'default')(1, 2))
