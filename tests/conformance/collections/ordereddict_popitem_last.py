from collections import OrderedDict

# popitem(last=False) and move_to_end are CPython's; check support first
d = OrderedDict.fromkeys("abcde") if hasattr(OrderedDict, "fromkeys") else None
if d is None or not hasattr(OrderedDict, "move_to_end"):
    print("SKIP")
    raise SystemExit
print(d.popitem(), d.popitem(last=False), d.popitem(False), list(d))
d = OrderedDict((c, i) for i, c in enumerate("abcde"))
d.move_to_end("b")
print(list(d))
d.move_to_end("b", last=False)
print(list(d))
d.move_to_end("e", False)
print(list(d))
try:
    d.move_to_end("zz")
except KeyError:
    print("KeyError")
e = OrderedDict()
try:
    e.popitem(last=False)
except KeyError:
    print("KeyError")
