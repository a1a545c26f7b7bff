# str.replace with counts and edge cases.
s = 'one two one two one'
print(s.replace('one', '1'))
print(s.replace('one', '1', 1), s.replace('one', '1', 2))
print(s.replace('one', '1', 0))
print(s.replace('three', '3'))
print('aaa'.replace('a', 'aa'))
print('abc'.replace('', '-'))
print('abcabc'.replace('abc', ''))
print('x'.replace('x', 'y', -1))
print('Hello'.replace('l', 'L'))
