# the exception type raised by common operations on bad input
nothing = None
cases = [
    lambda: 1 / 0, lambda: 1 // 0, lambda: 1 % 0, lambda: 1.0 / 0,
    lambda: [][1], lambda: ()[0], lambda: ""[0], lambda: {}["k"], lambda: {}[()],
    lambda: int("x"), lambda: float("x"), lambda: [1].index(2), lambda: "abc".index("z"),
    lambda: 1 + "a", lambda: "a" * "b", lambda: len(5), lambda: nothing(), lambda: iter(5),
    lambda: next(iter([])), lambda: undefined_name, lambda: (1).nope, lambda: [].remove(0),
    lambda: {1}.remove(2), lambda: int.nope, lambda: [1, 2].pop(5), lambda: {}.popitem(),
    lambda: chr(-1), lambda: bytes([300]), lambda: hash([]), lambda: -1 ** 0.5 + 1 // 0,
]
for i, f in enumerate(cases):
    try:
        f()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__)
