# sets of mixed types and errors from unhashable or wrong-typed arguments
s = {1, "1", 1.5, (1,), None, b"1"}
print(len(s), 1 in s, "1" in s, b"1" in s, (1,) in s, 2 in s)
for bad in ([1], {1: 2}, bytearray(b"1")):
    try:
        s.add(bad)
    except TypeError:
        print("TypeError add", type(bad).__name__)
    try:
        print(bad in s)
    except TypeError:
        print("TypeError in", type(bad).__name__)
try:
    s.update(5)
except TypeError:
    print("TypeError update")
try:
    s.difference(1)
except TypeError:
    print("TypeError difference")
print(len(s))
