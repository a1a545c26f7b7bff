# indexing, negative indices, and error types for bad indices
lst = [10, 20, 30, 40]
for i in (0, 3, -1, -4):
    print(i, lst[i])
for i in (4, -5, 100, -100):
    try:
        lst[i]
    except IndexError:
        print("IndexError", i)
for bad in ("1", 1.0, None, [0]):
    try:
        lst[bad]
    except TypeError:
        print("TypeError", type(bad).__name__)
lst[-1] = 99
print(lst)
try:
    lst[4] = 1
except IndexError:
    print("IndexError assign")
try:
    [][0]
except IndexError:
    print("IndexError empty")
print(lst[True], lst[False])
