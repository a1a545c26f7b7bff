# math: floor/ceil/trunc give ints, factorial, isclose, isnan/isinf/isfinite, constants
import math

for x in (2.5, -2.5, 0.0, -0.5, 7, 1e20, 2 ** 70):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), type(math.floor(x)).__name__)
for n in (0, 1, 5, 12, 20, 30):
    print(n, math.factorial(n))
try:
    math.factorial(-1)
except ValueError:
    print('ValueError')
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1.0, 1.1), math.isclose(1, 1.05, rel_tol=0.1))
print(math.isclose(0, 1e-10), math.isclose(0, 1e-10, abs_tol=1e-9), math.isclose(math.inf, math.inf))
for v in (1.0, math.inf, -math.inf, math.nan, 0):
    print(v, math.isnan(v), math.isinf(v), math.isfinite(v))
print('%.15f %.15f %.15f' % (math.pi, math.e, math.tau))
print(math.inf, -math.inf, math.nan, math.pi == 4 * math.atan(1))
for bad in (math.inf, math.nan):
    try:
        math.floor(bad)
    except (ValueError, OverflowError) as e:
        print(type(e).__name__)
print(math.frexp(0.0), math.frexp(8.0), math.ldexp(0.5, 4), math.modf(-3.25), math.copysign(1, -0.0))
