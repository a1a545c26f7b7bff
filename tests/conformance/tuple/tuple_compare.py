# lexicographic ordering and equality of tuples
pairs = [((), ()), ((), (0,)), ((1, 2), (1, 2)), ((1, 2), (1, 3)), ((1, 2), (1, 2, 0)),
         ((2,), (1, 9, 9)), ((1, "a"), (1, "b")), ((1.0,), (1,)), (((1, 2),), ((1, 3),))]
for a, b in pairs:
    print(a, b, a == b, a != b, a < b, a <= b, a > b, a >= b)
try:
    (1, 2) < (1, "x")
except TypeError:
    print("TypeError")
print((1, "x") == (1, 2), (1, 2) == [1, 2])
print(max([(1, 2), (1, 3), (0, 9)]), min([(2, "b"), (2, "a")]))
