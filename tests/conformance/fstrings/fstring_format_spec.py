# Format specs inside f-strings.
x = 3.14159
n = 255
print(f'{x:.2f} {x:8.3f}| {x:<8.1f}|')
print(f'{n:x} {n:X} {n:o} {n:b} {n:#x}')
print(f'{n:5d}|{n:<5d}|{n:^5d}|{n:05d}')
print(f'{"s":>4}|{"s":*<4}|')
print(f'{1234567:,}')
print(f'{-5:+d} {5:+d}')
print(f'{0.000123:.2e}')
print(f'{2**70:d}')
