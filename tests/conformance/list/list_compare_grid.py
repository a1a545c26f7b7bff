# Lexicographic comparison of lists: by first difference, then by length; nested lists; equality with other types
vals = [[], [0], [1], [1, 2], [1, 2, 3], [1, 3], [2], [[1]], [[1], 0]]
for x in vals:
    print(x, [y for y in vals if y != x and type(y[0] if y else 0) == type(x[0] if x else 0) and x < y])
print([1, 2] == [1, 2], [1, 2] == (1, 2), [1] != [1.0], [1, [2, [3]]] == [1, [2, [3]]], [] == [], [None] == [None])
print(sorted([[2, 1], [1, 2], [1], [], [1, 1, 1]]), max([[1, 2], [1, 3]]), min([[0, 9], [0, 8, 7]]))
for a, b in (([1], [1, "a"]), ([1, 2], ["a"]), ([1], (1,)), ([], None)):
    try:
        print(a < b)
    except TypeError:
        print("TypeError", a, b)
