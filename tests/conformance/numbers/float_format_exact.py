# Formatting with a precision and round() use the exact binary value, ties to even (2.675 is 2.67499...).
print('%.2f' % 2.675, '%.1f' % 0.25, '%.0f' % 0.5, '%.0f' % 1.5, '%.0f' % 2.5)
print('%.17g' % 0.1, '%.20f' % 0.1)
print('%.1f' % 2**70, '{:.3e}'.format(1/3), format(1e26, 'f'))
print(round(2.675, 2), round(0.125, 2), round(0.375, 2), round(1234.5, -1), round(-2.5))
print(format(12.5, '.0f'), format(-0.0, '.1f'), format(1e-7, '.3g'))
