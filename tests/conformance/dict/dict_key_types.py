# keys of many types: strings, bytes, ints, floats, tuples, None, big ints
d = {}
keys = ["", "a", "\u00e9", b"a", 0, -1, 2**64, -(2**64), 0.5, (), (1, (2,)), None, True, frozenset()]
for i, k in enumerate(keys):
    d[k] = i
print(len(d), d["a"], d[b"a"], d[2**64], d[0.5], d[(1, (2,))], d[None], d[1])
print("a" in d, b"b" in d, 2**64 + 1 in d, -(2**64) in d, 0.0 in d)
for k in ("\u00e9", 0, 2**64):
    del d[k]
print(len(d), 0 in d, False in d)
for bad in ([], {}, set(), bytearray()):
    try:
        d[bad] = 1
    except TypeError:
        print("TypeError", type(bad).__name__)
