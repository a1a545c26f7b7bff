# str methods and operators reject arguments of the wrong type
calls = [
    ("concat int", lambda: "a" + 1), ("concat None", lambda: "a" + None),
    ("mul str", lambda: "a" * "b"), ("mul float", lambda: "a" * 1.5),
    ("join ints", lambda: ",".join([1, 2])), ("find int", lambda: "abc".find(1)),
    ("split int", lambda: "a b".split(1)), ("replace int", lambda: "abc".replace(1, "x")),
    ("startswith int", lambda: "abc".startswith(1)), ("in int", lambda: 1 in "abc"),
    ("strip int", lambda: "abc".strip(1)), ("count none", lambda: "abc".count(None)),
    ("index float", lambda: "abc"[float(1)]), ("lt int", lambda: "a" < 1),
    ("item assign", lambda: "abc".__setitem__(0, "x") if hasattr("", "__setitem__") else [][0]),
]
for name, f in calls:
    try:
        print(name, f())
    except (TypeError, IndexError) as e:
        print(name, type(e).__name__)
print("a" == 1, "1" != 1, "a" * 3, 3 * "ab", "a" * True)
