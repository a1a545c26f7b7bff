# KeyError from dicts and sets carries the missing key as its argument
d = {"a": 1}
for k in ["missing", 42, (1, 2), None, 2.5]:
    try:
        d[k]
    except KeyError as e:
        print(type(e).__name__, e.args, e.args[0] == k)
try:
    d.pop("zz")
except KeyError as e:
    print("pop", e.args)
try:
    set().remove(7)
except KeyError as e:
    print("remove", e.args)
try:
    del d["q"]
except LookupError as e:
    print("del", type(e).__name__, e.args)
