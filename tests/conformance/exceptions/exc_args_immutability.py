# args is a tuple; exceptions compare by identity and can be raised again
e = ValueError(1, [2])
print(type(e.args).__name__, e.args, e.args[1])
e.args[1].append(3)
print(e.args)
a, b = ValueError("x"), ValueError("x")
print(a == b, a == a, a is not b, a.args == b.args)
for i in range(2):
    try:
        raise a
    except ValueError as caught:
        print(i, caught is a)
