# isinstance with built-in types.
values = [1, 1.5, 'a', b'b', [1], (1,), {1: 2}, {1}, None, 2**70, 1j, range(1)]
types = [int, float, str, bytes, list, tuple, dict, set, type(None), complex, range]
for v in values:
    print(repr(v), [t.__name__ for t in types if isinstance(v, t)])
print(isinstance(1, (str, int)), isinstance('x', (int, float)))
print(isinstance(frozenset(), set), isinstance(bytearray(), bytes))
class MyList(list):
    pass
ml = MyList()
print(isinstance(ml, list), isinstance(ml, MyList), isinstance([], MyList))
print(isinstance(print, object), isinstance(int, type), isinstance(type, type))
print(isinstance(3.0, int), isinstance(3, float), isinstance('3', (bytes, bytearray)))
try:
    isinstance(1, 1)
except TypeError:
    print('TypeError second argument not a type')
