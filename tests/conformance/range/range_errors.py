# Errors from range: a zero step, non-int arguments, wrong argument counts, bad indices and missing values
if not hasattr(range(1), "index"):
    print("SKIP")
    raise SystemExit
for args in [(1, 2, 0), (1.5,), ("3",), (1, 2.0), (None,), (), (1, 2, 3, 4)]:
    try:
        range(*args)
        print("ok", args)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, args)
r = range(2, 10, 2)
for idx in (4, -5, 100):
    try:
        r[idx]
    except IndexError:
        print("IndexError", idx)
for v in (3, 10, "a"):
    try:
        r.index(v)
    except ValueError:
        print("ValueError", v)
try:
    r["0"]
except TypeError:
    print("TypeError index")
try:
    r[0] = 1
except TypeError:
    print("TypeError assign")
