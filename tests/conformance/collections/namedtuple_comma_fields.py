from collections import namedtuple

# CPython splits on commas too; check support first (older MicroPython splits on spaces only)
try:
    probe = namedtuple("Probe", "a,b")(1, 2).b
except Exception:
    print("SKIP")
    raise SystemExit

for spec in ("foo,bar", "foo, bar", "foo ,bar", "foo,  bar"):
    T = namedtuple("TupComma", spec)
    t = T(1, 2)
    print(t, t.foo, t.bar)
