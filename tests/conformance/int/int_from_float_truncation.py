# int(float) truncates toward zero, exactly, for every magnitude
for f in [0.0, -0.0, 0.5, -0.5, 0.999, -0.999, 1.5, -1.5, 2.5, 1e10, -1e10, 123.999, 1e15 + 0.5, 2.0 ** 52 + 0.5, 2.0 ** 53]:
    print(f, int(f))
for f in [1e19, -1e19, 2.0 ** 63, -2.0 ** 63, 2.0 ** 64, 2.0 ** 100, 1e30, -1.5e40]:
    print(int(f))
for f in [float("inf"), float("-inf")]:
    try:
        int(f)
    except OverflowError:
        print("OverflowError")
try:
    int(float("nan"))
except ValueError:
    print("ValueError")
