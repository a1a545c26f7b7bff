# str.count counts non-overlapping occurrences.
s = 'abababab'
print(s.count('a'), s.count('ab'), s.count('aba'), s.count('x'))
print(s.count(''), ''.count(''), ''.count('a'))
print(s.count('a', 2), s.count('a', 2, 5), s.count('b', -3))
print('aaaa'.count('aa'))
print('hello world'.count('o'), 'hello world'.count('l'))
s = 'the quick brown fox jumps over the lazy dog'
print(s.count('the'), s.count('o'), s.count(' '), s.count('the', 1))
print(s.count('z'), s.count('dog', -3), s.count('dog', -4))
print('ababab'.count('aba'), 'ababab'.count('ab', 1, 5))
print('a'.count('a', 1), 'a'.count('', 1), 'abc'.count('', 3))
