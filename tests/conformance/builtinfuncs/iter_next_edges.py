# iter/next on builtins, defaults, exhaustion and objects without iteration
it = iter([1, 2])
print(next(it), next(it), next(it, None), next(it, "x"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
for src in ("ab", (1,), {"k": 0}, range(2), b"\x01", {5}):
    print(list(iter(src)))
for bad in (1, None, 2.0):
    try:
        iter(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
try:
    next([1])
except TypeError:
    print("TypeError next list")
g = (x for x in ())
print(next(g, "empty"))
i = iter([1])
print(iter(i) is i)
