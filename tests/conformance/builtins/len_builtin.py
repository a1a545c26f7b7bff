# len() of built-in containers and user objects.
print(len(''), len('abc'), len('日本'), len(b'ab'), len(bytearray(3)))
print(len([]), len([1, [2, 3]]), len(()), len((1,)))
print(len({}), len({'a': 1, 'b': 2}), len(set()), len({1, 1, 2}))
print(len(range(10)), len(range(0, 10, 3)), len(range(10, 0, -1)), len(range(5, 0)))
print(len(frozenset('abca')), len(dict(a=1)))
class L:
    def __len__(self):
        return 7
print(len(L()))
for bad in (5, None, 1.5):
    try:
        len(bad)
    except TypeError:
        print('TypeError', type(bad).__name__)
