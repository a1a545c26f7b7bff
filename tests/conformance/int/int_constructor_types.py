# int() of floats, bools, strings and wrong types
for v in (3.9, -3.9, 0.5, -0.5, 1e10, True, False, 0, -12, "12", " -3 "):
    print(repr(v), int(v))
print(int())
for v in (None, [], {}, (1,), 1j):
    try:
        int(v)
    except TypeError as e:
        print(type(v).__name__, type(e).__name__)
for v in (float("inf"), float("-inf")):
    try:
        int(v)
    except OverflowError as e:
        print(v, type(e).__name__)
try:
    int(float("nan"))
except ValueError as e:
    print("nan", type(e).__name__)
try:
    int(5, 10)
except TypeError as e:
    print("base with int", type(e).__name__)
class N:
    def __int__(self):
        return 42
print(int(N()))
