# math: every function MicroPython's math module has, printed to 10 significant digits
import math

def show(name, *args):
    try:
        r = getattr(math, name)(*args)
    except ValueError:
        print(name, args, 'ValueError')
        return
    if isinstance(r, float):
        r = '%.10g' % r
    elif isinstance(r, tuple):
        r = tuple('%.10g' % v if isinstance(v, float) else v for v in r)
    print(name, args, r)

for x in (0.0, 0.25, 1.0, 2.0, -1.5, 3.7, 10.0, -0.3, 30.0):
    for f in ('sqrt', 'exp', 'expm1', 'log', 'log2', 'log10', 'sin', 'cos', 'tan', 'atan',
              'sinh', 'cosh', 'tanh', 'asinh', 'fabs', 'degrees', 'radians',
              'erf', 'erfc', 'gamma', 'lgamma', 'frexp', 'modf'):
        show(f, x)
for x in (-1.0, 0.0, 0.5, 1.0, 2.0):
    for f in ('acos', 'asin', 'acosh', 'atanh'):
        show(f, x)
for a, b in ((2, 10), (2.0, 0.5), (0, 2), (1.5, 2), (-1, 2), (7, -3), (-7, 3), (5.5, 1)):
    for f in ('pow', 'atan2', 'copysign', 'fmod'):
        show(f, a, b)
    show('ldexp', a, int(b))
show('log', 8, 2)
show('log', 100, 10)
show('fmod', 1.0, 0.0)
show('log', -1)
show('sqrt', -0.5)
show('gamma', -2.0)
