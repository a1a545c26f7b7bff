# get/setdefault/pop with present and missing keys, defaults, and their errors
d = {"a": 1, "n": None}
print(d.get("a"), d.get("n", "dflt"), d.get("zz"), d.get("zz", 0), d.get(("t",), []))
print(d.setdefault("a", 99), d.setdefault("b"), d.setdefault("c", [1]), sorted(d.items(), key=str))
d["c"].append(2)
print(d["c"], d.setdefault("c", "ignored"))
print(d.pop("a"), d.pop("missing", "fallback"), d.pop("n", 5), sorted(d))
for call, args in [("pop", ("gone",)), ("pop", ()), ("get", ()), ("setdefault", ()), ("get", ([1],))]:
    try:
        getattr(d, call)(*args)
    except (KeyError, TypeError) as e:
        print(call, type(e).__name__)
try:
    d["absent"]
except KeyError as e:
    print("KeyError", e.args)
