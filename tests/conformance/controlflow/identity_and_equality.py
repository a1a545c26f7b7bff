# is / is not compare identity; == compares values.
a = [1, 2]
b = [1, 2]
c = a
print(a == b, a is b, a is c, a is not b)
x = None
print(x is None, x is not None, x == None)
print(True is True, False is not True)
t = ()
print(t == (), len(t))
class K:
    pass
k1, k2 = K(), K()
print(k1 == k2, k1 is k1, k1 != k2)
print(type(1) is int, type('') is str, type(a) is list)
