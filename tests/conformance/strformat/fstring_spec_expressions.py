# f-strings whose format specs hold expressions, with nested quotes of the other kind
x = 3.14159265
w, p = 12, 4
d = {"k": 255, "name": "widget"}
items = [1, 22, 333]
print(f"[{x:{w}.{p}f}]", f"[{x:{w - 4}.{p // 2}f}]", f"[{x:>{w}}]")
print(f"[{d['k']:#x}]", f'[{d["name"]:^{w}}]', f"[{d['name']!r:>{w}}]")
print(f"[{'left' if w > 10 else 'right':{'<' if w > 10 else '>'}{w}}]")
print(f"[{sum(items):0{len(items) + 2}d}]", f"[{max(items):+,}]", f"[{items[-1] / 7:.{p}e}]")
print(f"[{len(d)=}]", f"[{x=:.2f}]", f"[{w*p=}]")
fmt = ">8"
print(f"[{'dyn':{fmt}}]", f"[{42:{fmt}}]", f"""[{"triple":^10}]""", f"[{'{'}]" if False else "[{]")
name = "q"
print(f"{name!r:>5}|{name:*<3}|{{literal}}|{{{name}}}")
