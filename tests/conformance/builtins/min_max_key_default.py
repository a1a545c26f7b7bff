# min/max with key=, default=, several arguments, strings and tuples.
words = ['pear', 'fig', 'banana', 'kiwi']
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(min(3, 1, 2), max(3, 1, 2), min('b', 'a'), max((1, 'b'), (1, 'c')))
print(min([], default=None), max((), default='empty'), min([5], default=0))
print(max([-3, 2, -7], key=abs), min([-3, 2, -7], key=abs), max(range(10), key=lambda x: x % 4))
print(min([[3], [1, 2]]), max('hello'), min({4: 'a', 2: 'b'}))
print(max(1.5, 2, -1), min(0.5, 0.25), max([2, 2.0]), min([True, 0]))
print(sum([0.5, 0.25, 0.125]), sum([1, 2], 10), sum([[1], [2, 3]], []), sum(()), sum([True, True]))
print(sum(range(1000)), sum(x * x for x in range(10)))
for bad in ([], ()):
    try:
        min(bad)
    except ValueError:
        print('ValueError')
try:
    max(1, 'a')
except TypeError:
    print('TypeError')
