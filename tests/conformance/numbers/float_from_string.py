# Parsing floats from strings.
print(float('1.5'), float('-2.25'), float('  3.0  '))
print(float('1e3'), float('1E-3'), float('.5'), float('5.'))
print(float('inf'), float('-inf'), float('+inf'))
print(float('10'), float('-0'))
print(float('123456789'))
for bad in ('', 'x', '1.2.3', '1e'):
    try:
        float(bad)
    except ValueError:
        print('ValueError', repr(bad))
print(float('0.0625') * 16)
