# +, *, +=, *=, comparison and membership
a = [1, 2]
print(a + [3], a * 2, 2 * a, a * 0, a * -1, [] * 5)
b = a
b += [3]
print(a, a is b)
b *= 2
print(a)
for other in ((1,), "x", 1):
    try:
        print(a + other)
    except TypeError:
        print("TypeError", type(other).__name__)
c = [0]
c += (1, 2)
c += "ab"
c += range(2)
print(c)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0], [2] > [1, 9], [1] == [1.0], [1, [2]] == [1, [2]])
print(3 in [1, 2, 3], [] in [[]], None in [0, False], 4 not in [4])
try:
    [1] < ["a"]
except TypeError:
    print("TypeError compare")
print([[0] * 2] * 2, len([None] * 10000))
