# f-strings evaluated repeatedly in loops and functions.
def label(i):
    return f'item-{i:03d}'
print([label(i) for i in range(3)])
total = 0
for i in range(1, 4):
    total += i
    print(f'{i}: running total {total}')
table = [('apple', 1.5), ('kiwi', 0.25)]
for name, price in table:
    print(f'{name:<8}{price:>6.2f}')
