# f-string fields with format specs, conversions and nested specs
vals = [0, -3, 42, 3.5, -0.125, "ab"]
for v in vals:
    w = 6
    if isinstance(v, str):
        print(f"[{v}] [{v!r}] [{v:>{w}}] [{v:*^{w}}] [{v:.1}]")
    else:
        print(f"[{v}] [{v!r}] [{v:>{w}}] [{v:*^{w}}] [{v:+}] [{v:08.2f}]")
x, y = 7, 3
print(f"{x + y} {x * y:04d} {x / y:.3f} {x // y} {x % y} {x ** y:,}")
print(f"{'nested'} {[1, 2][1]} {dict(a=1)['a']} {x if x > y else y}")
print(f"{x:{'>'}{w}}|{x:#b}|{x:#o}|{255:#X}|{-x:x}")
