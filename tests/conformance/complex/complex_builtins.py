# builtins applied to complex values
vals = [1j, 2 + 3j, -1 - 1j, 0j]
print(sum(vals), sum(vals, 1), [bool(v) for v in vals], abs(sum(vals)))
print(isinstance(1j, complex), type(1j).__name__, complex in (int, float, complex), [v * 2 for v in vals])
print(sorted([abs(v) for v in vals]))
