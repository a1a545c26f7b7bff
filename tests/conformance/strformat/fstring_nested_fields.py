# f-strings inside f-strings, conditional expressions, calls and subscripts inside fields, adjacent literals
x = 5
w = 8
name = "n"
print(f"{f'{x}'}", f"{f'{x:>{w}}'}|", f"{x!r:{w}}|", f"{'a' if x else 'b'}", f"{[i * x for i in range(3)]}", f"{max(x, w)}")
print(f"{x:{'>' if x else '<'}{w}}|", f"{x:#{w}b}", f"{3.5:{w}.{2}}", f"{x}{{}}{x}", f"{{{x}}}", f"{x:}", f"{name!s:3}|", f"{name:^{w}s}|")
print(f"{x=}", f"{x*2=:>5}", f"{name=!r}")
s = "abc"
print(f"{s[0]}{s[-1]}", f"{s[1:]}", f"{len(s):03}", f"{s!r:*^9}", f"{s.upper()!s}", f'{"q"}', f"{'x':{'<'}3}|")
print(f"{'':5}|", f"{None}", f"{None!r}", f"{-0.0}", f"{1e100:.3g}", f"{'%s' % 'pct'}", f"{'{}'.format(7)}")
print(f"{x}" f"{w}", "a" "b" f"{x}", rf"\d{x}", f"{x:0>{w}}", F"{x}")
