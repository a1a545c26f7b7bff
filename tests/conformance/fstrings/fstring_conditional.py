# Conditional expressions and boolean operators inside f-strings.
for n in (0, 1, 2):
    print(f'{n} item{"s" if n > 1 else ""}')
flag = True
print(f'{"yes" if flag else "no"}')
v = None
print(f'{v or "default"}')
print(f'{0 and 1} {2 and 3} {0 or 4}')
def plural(n, word):
    return f'{n} {word}{"" if n == 1 else "s"}'
print(plural(1, 'cat'), plural(3, 'dog'), plural(0, 'bird'))
score = 75
print(f'{"pass" if score >= 50 else "fail"} ({score})')
items = []
print(f'{items or "no items"}', f'{len(items) > 0}')
