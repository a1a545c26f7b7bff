# insert/pop/remove at the ends, at negative and out-of-range positions, and their errors
l = []
l.insert(0, "a")
l.insert(100, "z")
l.insert(-100, "0")
l.insert(-1, "y")
l.insert(1, "b")
print(l)
print(l.pop(), l.pop(0), l.pop(-1), l.pop(1), l)
l = [1, 2, 1, 3, 1]
l.remove(1)
print(l)
l.remove(1)
print(l)
for call, args in [("pop", ()), ("pop", (5,)), ("pop", (-6,)), ("remove", (9,)), ("insert", ()), ("pop", ("0",))]:
    try:
        getattr([] if args == () and call == "pop" else [1, 2], call)(*args)
    except (IndexError, ValueError, TypeError) as e:
        print(call, args, type(e).__name__)
big = list(range(100))
while len(big) > 3:
    big.pop(len(big) // 2)
print(big)
