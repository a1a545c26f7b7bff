# f-strings with nested replacement fields inside format specs
w, p = 10, 3
for v in (3.14159, -2.5, 1000.0):
    print(f"[{v:{w}.{p}f}]", f"[{v:<{w}.{p - 1}f}]", f"[{v:^{w + 2}}]", f"[{v:{'+'}.{p}e}]")
for align in "<^>":
    print(f"[{'txt':{align}{w}}]", f"[{42:{align}{w}d}]")
print(f"{'abc':.{p - 1}}", f"{12:0{p + 2}}")
