# Missing special methods raise TypeError.
class Empty:
    pass
e = Empty()
ops = [
    lambda: e + 1,
    lambda: 1 + e,
    lambda: e * e,
    lambda: e < e,
    lambda: e[0],
    lambda: len(e),
    lambda: e(),
    lambda: iter(e),
    lambda: -e,
]
for i, op in enumerate(ops):
    try:
        op()
        print(i, 'no error')
    except TypeError:
        print(i, 'TypeError')
print(e == e, e != e)
