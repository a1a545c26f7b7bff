# dict methods called with wrong argument counts or types
d = {"a": 1}
calls = [
    lambda: d.get(),
    lambda: d.pop(),
    lambda: d.setdefault(),
    lambda: d.update(1, 2),
    lambda: dict.fromkeys(5),
    lambda: d.get([], 0),
    lambda: d.pop({}, 0),
    lambda: {}.fromkeys([[]]),
    lambda: dict(1, 2),
]
for i, call in enumerate(calls):
    try:
        print(i, call())
    except Exception as e:
        print(i, type(e).__name__)
print(d)
