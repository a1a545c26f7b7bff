# min() and max() with several arguments, iterables, key and default.
print(min(3, 1, 2), max(3, 1, 2))
print(min([4, 2, 8]), max((4, 2, 8)), max('hello'), min('hello'))
print(max(['apple', 'fig', 'banana'], key=len), min(['apple', 'fig', 'banana'], key=len))
print(max([-3, 2, -5], key=abs), min([-3, 2, -5], key=abs))
print(max([], default='empty'), min([], default=None))
print(max([1, 2], default=0), max(1, 2, key=lambda x: -x))
print(max([(1, 'b'), (1, 'a'), (0, 'z')]))
print(max([1, 3, 3, 2], key=lambda x: x // 2))
print(min([1.5, 1, 2]), max(2**70, 3))
try:
    max([])
except ValueError:
    print('ValueError empty')
try:
    min(1, 'a')
except TypeError:
    print('TypeError mixed types')
