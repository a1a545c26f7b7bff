# \x, \u, \U and octal escapes in str literals, and that bytes literals keep \u and \U as text
print("\x41\x62" == "Ab", "\u00e9" == "\xe9", "\u20AC" == "\u20ac", "\U0001F600" == chr(0x1f600), "\U00000041" == "A")
print("\101\102\60" == "AB0", "\0" == chr(0), "\7" == chr(7), "\377" == chr(255), len("\1234"))
print(len(b"\u20ac"), b"\u20ac", len(b"\U0001F600"), b"\x41\101")
print(r"\u20ac", len(r"\u20ac"), len("\\u20ac"), rb"\x41")
for src in ['"\\u12"', '"\\U0011ffff"', '"\\x4"', '"\\xzz"']:
    try:
        eval(src)
        print("ok", src)
    except SyntaxError:
        print("SyntaxError", src)
print(eval('"\\u00e9"') == "\xe9", eval("'\\U0001f600'") == "\U0001f600")
