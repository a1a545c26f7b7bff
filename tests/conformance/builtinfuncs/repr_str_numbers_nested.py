# repr and str of numbers nested in containers
vals = [1, -2.5, 1e20, 2**70, 3j, True, None, 0.1 + 0.2, float("inf")]
print(vals)
print(tuple(vals))
print({"k": vals[:3]}, str(vals[1]), repr(vals[3]), str([1.0, -0.0]), repr((1.5,)))
print(str(1e-7), repr(1e-7), str(123456789.0), str(1.0e16), repr([1e16, 1e15]))
