# list() from every kind of iterable, and that it always makes a new list
src = [1, 2, 3]
copy = list(src)
copy.append(4)
print(src, copy, copy is not src)
print(list(), list(()), list((1, 2)), list("abc"), list(b"AB"), list(range(3)), list(range(5, 0, -2)))
print(sorted(list({3, 1, 2})), sorted(list({"b": 1, "a": 2})), list({"k": 1}.values()), list(x * x for x in range(4)))
print(list(iter([7, 8])), list(enumerate("ab")), list(zip([1, 2], "xy")), list(map(str, [1, 2])), list(filter(None, [0, 1, "", "a"])))
print(list(reversed([1, 2, 3])), list(bytearray(b"\x01\x02")), list(memoryview(b"m")), list([[]]))
for bad in (1, None, 1.5):
    try:
        list(bad)
    except TypeError:
        print("TypeError", type(bad).__name__)
