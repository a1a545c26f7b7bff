# Float presentation types in format specs.
x = 3.14159
print('{:.2f} {:.0f} {:.4f}'.format(x, x, x))
print('{:8.3f}|{:<8.3f}|{:^9.2f}|'.format(x, x, x))
print('{:+.1f} {:+.1f}'.format(x, -x))
print('{:e} {:.2e} {:E}'.format(12345.678, 12345.678, 0.000123))
print('{:010.3f}'.format(-x))
print('{:.3f}'.format(2))
print('{:f}'.format(1.5), '{:.1f}'.format(0.75))
print('{:.2f}'.format(1234567.891))
print('{:.0f} {:.0f}'.format(1.4, 1.6))
print('{}'.format(1.0), '{}'.format(1e20))
