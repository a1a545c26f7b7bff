# Replacement fields nested inside the format spec.
width = 10
prec = 3
value = 3.14159
print(f'[{value:{width}.{prec}f}]')
print(f'[{"x":>{width}}]')
print(f'[{42:{width}d}]')
for w in (4, 6, 8):
    print(f'[{w:>{w}}]')
fill_width = 7
print(f'[{"ab":^{fill_width}}]')
