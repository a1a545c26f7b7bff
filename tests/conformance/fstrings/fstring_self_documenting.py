# The = specifier prints the expression text (used with numbers here).
x = 10
y = 3
print(f'{x=}')
print(f'{x + y=}')
print(f'{x=} {y=}')
print(f'{x * 2=}')
items = [1, 2, 3]
print(f'{len(items)=}')
print(f'{items[0]=} {items[-1]=}')
n = 7
print(f'{n % 3=} {n // 2=}')
