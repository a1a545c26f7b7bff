# Truncation, rounding and integrality of floats
for v in (0.0, -0.0, 0.5, -0.5, 1.5, -1.5, 2.5, 2.75, -2.75, 1e10, -1e10, 123456.789):
    print(v, int(v), round(v), v.is_integer() if hasattr(v, "is_integer") else v == int(v))
for v in (3.14159, -3.14159, 1234.5678):
    print(v, round(v, 1), round(v, 2), round(v, 0))
print(round(1234.0, -2), round(-1250.5, -1), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
for bad in (float("inf"), float("nan")):
    try:
        round(bad)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__)
