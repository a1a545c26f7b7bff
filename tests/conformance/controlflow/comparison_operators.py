# All comparison operators on several types.
pairs = [(1, 2), (2, 2), (3, 2), ('a', 'b'), ([1, 2], [1, 3]), ((1,), (1,)), (1.5, 1)]
for a, b in pairs:
    print(repr(a), repr(b), a < b, a <= b, a == b, a != b, a > b, a >= b)
print(1 < 2.5, 2.5 <= 2, 2 == 2.0, 3 != 3.0)
print('abc' < 'abd', 'ab' < 'abc', 'B' < 'a')
print([1, 2] == [1, 2], [1, 2] != [2, 1], (1, 2) <= (1, 2))
print([1, [2, 3]] < [1, [2, 4]], (1, 'a') < (1, 'b'))
print(None == None, None != 0, [] == (), {} == {})
print({1, 2} == {2, 1}, {'a': 1} == {'a': 1}, {'a': 1} != {'a': 2})
for a, b in ((1, 'a'), ([1], (1,)), ('1', 1)):
    try:
        print(a < b)
    except TypeError:
        print('TypeError', type(a).__name__, '<', type(b).__name__)
