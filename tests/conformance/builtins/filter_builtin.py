# filter() keeps items for which the function is true; None means truthiness.
print(list(filter(lambda x: x % 2, range(10))))
print(list(filter(None, [0, 1, '', 'a', None, [], [0], False, True])))
print(list(filter(str.isdigit, ['1', 'a', '22'])))
print(list(filter(lambda s: len(s) > 2, ['ab', 'abc', 'abcd'])))
f = filter(None, [0, 5, 0, 6])
print(next(f), list(f))
print(list(filter(lambda x: x > 100, [1, 2])))
def is_vowel(c):
    return c in 'aeiou'
print(''.join(filter(is_vowel, 'programming')))
print(list(filter(lambda p: p[1] > 1, [('a', 1), ('b', 2), ('c', 3)])))
print(list(filter(None, range(-2, 3))))
evens = filter(lambda n: n % 2 == 0, range(10))
print(sum(evens), list(evens))
