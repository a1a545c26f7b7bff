# Helper for star_in_displays.py (kept separate so the probe can run first).
def run():
    a = [1, 2]
    b = (3, 4)
    print([*a, *b, 5])
    print((*a, 0))
    print([*'hi', *range(2)])
    print(sorted({*a, *b, 1}))
    d1 = {'x': 1}
    d2 = {'y': 2, 'x': 10}
    merged = {**d1, **d2, 'z': 3}
    print(sorted(merged.items()))
    print(sorted({'w': 0, **d1}.items()))
    print([*[], *()], (*'',))
