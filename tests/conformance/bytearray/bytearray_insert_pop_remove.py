# insert/pop/remove at every kind of position, and their errors
ba = bytearray(b"abc")
if not hasattr(ba, "insert"):
    print("SKIP")
    raise SystemExit
ba.insert(0, 48)
ba.insert(-1, 49)
ba.insert(100, 50)
ba.insert(-100, 51)
print(ba)
print(ba.pop(), ba.pop(0), ba.pop(-2), ba)
ba.remove(98)
print(ba)
for f, args in [(ba.pop, (10,)), (bytearray().pop, ()), (ba.remove, (120,)), (ba.insert, (0, "a"))]:
    try:
        f(*args)
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__)
print(ba)
