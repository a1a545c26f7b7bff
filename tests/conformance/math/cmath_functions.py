# cmath: the functions MicroPython has, printed to 9 significant digits
import cmath

def show(v):
    if isinstance(v, complex):
        return '(%.9g, %.9g)' % (v.real, v.imag)
    if isinstance(v, tuple):
        return tuple(show(x) for x in v)
    return '%.9g' % v

for z in (1, 2.5, -1, 1j, 1 + 1j, -2 - 0.5j, 0.5j):
    print(z, show(cmath.exp(z)), show(cmath.sin(z)), show(cmath.cos(z)), show(cmath.sqrt(z)))
    print(show(cmath.log(z)), show(cmath.log10(z)), show(cmath.phase(z)), show(cmath.polar(z)))
print(show(cmath.rect(2, 0.5)), show(cmath.rect(1, cmath.pi)))
print('%.12f %.12f' % (cmath.pi, cmath.e))
try:
    cmath.log(0)
except ValueError:
    print('ValueError')
