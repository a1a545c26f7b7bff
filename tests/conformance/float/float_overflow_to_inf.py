# Float results too large for a double become inf instead of raising
# mp-differs: MicroPython returns inf on float overflow where CPython raises OverflowError (facts: errors-and-tracebacks.md)
cases = [("pow", lambda: 10.0 ** 400), ("pow2", lambda: 2.0 ** 10000),
         ("float big int", lambda: float(10 ** 400)), ("big int div", lambda: 10 ** 400 / 1),
         ("neg pow", lambda: (-10.0) ** 401)]
for name, f in cases:
    try:
        r = f()
        print(name, r, r == float("inf") or r == float("-inf"))
    except OverflowError as e:
        print(name, type(e).__name__)
print(1e308 * 10, -1e308 * 10, 1e308 + 1e308)
