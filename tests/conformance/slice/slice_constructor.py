# Calling slice() directly: one, two or three arguments, used as a subscript and with indices()
try:
    slice(1)
except TypeError:
    print("SKIP")
    raise SystemExit
data = list(range(10))
for s in (slice(3), slice(2, 5), slice(1, 9, 3), slice(None, None, -1), slice(-3, None), slice(None), slice(5, 1, -2)):
    print(s, s.start, s.stop, s.step, data[s], "abcdefghij"[s], s.indices(10))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice("a", [1], None).stop)
l = list(range(6))
l[slice(1, 3)] = ["x"]
del l[slice(-1, None)]
print(l, tuple(range(5))[slice(1, 4)], b"bytes"[slice(1, -1)], range(10)[slice(2, 8, 3)])
for args in ((), (1, 2, 3, 4)):
    try:
        slice(*args)
    except TypeError:
        print("TypeError", len(args))
