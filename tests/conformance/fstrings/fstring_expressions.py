# Arbitrary expressions inside replacement fields.
a, b = 3, 4
items = [10, 20, 30]
d = {'key': 'value'}
print(f'{a + b} {a * b} {a ** b} {b - a}')
print(f'{items[0]} {items[-1]} {len(items)}')
print(f"{d['key']}")
print(f'{max(items)} {sum(items) // len(items)}')
print(f'{"abc".upper()} {"-".join(["x", "y"])}')
print(f'{a if a > b else b}')
print(f'{[i * 2 for i in range(3)]}')
print(f'{a < b} {not a}')
print(f'{a != b} {a == b} {a >= b} {a <= b}')
