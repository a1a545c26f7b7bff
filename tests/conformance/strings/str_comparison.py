# Lexicographic string comparison by code point.
print('a' < 'b', 'abc' < 'abd', 'abc' < 'ab', 'ab' < 'abc')
print('Z' < 'a', 'a' < 'Z', '' < 'a', 'a' > '')
print('abc' == 'abc', 'abc' != 'ABC')
print('10' < '9', '2' > '10')
print(sorted(['banana', 'Apple', 'cherry', 'apple']))
print(max('hello'), min('hello'))
print('é' > 'z', 'a' <= 'a', 'b' >= 'c')
print(['a', 'b'] < ['a', 'c'], ('x',) < ('x', 'y'))
pairs = [('a', 'a'), ('a', 'b'), ('b', 'a'), ('', ''), ('abc', 'ab'), ('A', 'a'), ('10', '2')]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print(sorted(['b', 'B', 'a', 'A', '_', '1']))
