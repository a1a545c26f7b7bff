# abs and round on ints, floats, huge ints and bad types
for v in (0, -0, 5, -5, 2**70, -(2**70), 1.5, -2.25, -0.0):
    print(repr(v), abs(v))
for v, nd in [(7, None), (1234, -2), (-1260, -2), (2.675, 0), (0.5, None), (1.5, None), (2.5, None), (-0.5, None), (12345.678, 1), (10**20, -19)]:
    print(v, nd, round(v) if nd is None else round(v, nd))
for bad in ("1", None, [1]):
    try:
        abs(bad)
    except TypeError:
        print("TypeError abs", type(bad).__name__)
try:
    round("x")
except TypeError:
    print("TypeError round")
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
