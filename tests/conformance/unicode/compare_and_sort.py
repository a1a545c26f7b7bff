# Comparison and sorting are by code point, including characters outside the BMP
a = "\uffff"
b = "\U00010000"
c = "\ue000"
print(a < b, b > a, c < a, "z" < c, "\xe9" > "z", "\u20ac" > "\xff")
words = ["\U0001f600", "z", "\uffee", "\xe9", "a", "\u20ac", "\U00010000", "\ue000"]
print([hex(ord(w)) for w in sorted(words)])
print([hex(ord(w)) for w in sorted(words, reverse=True)])
print(hex(ord(max(words))), hex(ord(min(words))))
print("x\uffff" < "x\U00010000", ["\U0001f600"] > ["\uffee"], ("a", "\U0001f600") > ("a", "\ufffd"))
print("caf\xe9" == "caf\u00e9", "caf\xe9" != "cafe", "\u65e5" in "\u65e5\u672c", "\u65e5\u672c" < "\u65e5\u672d")
keys = {"\xe9": 1, "\U0001f600": 2, "e": 3}
print(keys["\U0001f600"], sorted(keys), "\xe9" in keys, hash("\u20ac") == hash("\u20ac"))
