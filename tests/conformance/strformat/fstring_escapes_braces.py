# f-strings with doubled braces, escapes and adjacent literals
x = 5
print(f"{{x}}", f"{{{x}}}", f"{{ {x} }}", f"a{{b")
print(f"tab\t{x}\n", end="")
print(f"{x}" f"{x}" "lit" f"{x * 2}")
print(f"{'{'}", f"{'}'}", f"{'a'+'b'}", f"{x:{{}}>4}" if False else f"{x:>4}")
print(rf"\n{x}", len(f"\\{x}"), f"{x!r:^5}")
