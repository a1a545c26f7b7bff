# Building an aligned table with f-strings.
data = [('a', 1, 0.5), ('bbb', 22, 12.25), ('cc', 333, 100.0)]
print(f'{"name":<6}|{"n":>5}|{"value":>8}')
print('-' * 21)
for name, n, value in data:
    print(f'{name:<6}|{n:>5}|{value:>8.2f}')
total = sum(v for _, _, v in data)
print(f'{"total":<6}|{"":>5}|{total:>8.2f}')
for n in (1, 12, 123, 1234):
    print(f'|{n:>6}|{n:<6}|{n:^6}|{n:06}|')
for v in (0.5, 12.3126, 100.0):
    print(f'|{v:8.3f}|{v:<8.1f}|{v:+.2f}|')
print(f'|{"":-^20}|')
