# bytes() and bytearray() from ints, iterables of ints and buffers; values outside 0..255 and wrong types
print(bytes(0), bytes(3), bytes([]), bytes([0, 127, 128, 255]), bytes(range(65, 70)), bytes(x * 2 for x in range(3)))
print(bytes((1, 2)), bytes(b"copy"), bytes(bytearray(b"ba")), bytes(memoryview(b"mv")), bytes(iter([104, 105])), bytes({7: "a"}))
print(bytearray(2), bytearray([1, 2]), bytearray(range(3)), bytearray(b"x"), bytearray(memoryview(b"y")), bytearray(c for c in b"gen"))
for bad in ([256], [-1], [1, 300]):
    try:
        bytes(bad)
    except ValueError:
        print("ValueError", bad)
for bad in (["a"], [1.0], -1, 1.5, None, object()):
    try:
        bytes(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, type(bad).__name__)
