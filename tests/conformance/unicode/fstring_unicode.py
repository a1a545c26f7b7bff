# f-strings with non-ASCII literal text, expressions and conversions
name = "Jürgen"
euro = "€"
print(f"¿Hola {name}?", f"{name!r}", f"{euro * 3}", f"{len(name)}日")
print(f"{name=}", f"{euro!s}{euro!r}", f"{chr(0x672c)}", f"{ord(euro):x}", f"{euro:>3}|{euro:*<4}")
d = {"κ": "ν"}
k = "κ"
print(f"{d[k]}", f"{list('a' + euro)}", f"{'ü' in name}", f"{'日本'}")
print(f"«{name}»", f"{name[1]}", f"{name!r}", f"{euro + name:.3}")
