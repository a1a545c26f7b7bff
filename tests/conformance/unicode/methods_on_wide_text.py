# str methods on text mixing 1- to 4-byte characters: positions are code points
s = "a\U0001f600b\U0001f600c"
print(s.find("\U0001f600"), s.find("\U0001f600", 2), s.rfind("\U0001f600"), s.rfind("\U0001f600", 0, 3), s.index("c"), s.rindex("a"))
print(s.count("\U0001f600"), s.count("\U0001f600", 2), s.count(""), s.startswith("\U0001f600", 1), s.endswith("\U0001f600", 0, 4))
print(s.split("\U0001f600"), s.rsplit("\U0001f600", 1), s.partition("\U0001f600"), s.rpartition("\U0001f600"))
print(s.replace("\U0001f600", "-"), s.replace("\U0001f600", "\u20ac\u20ac", 1), "\U0001f600\U0001f600x\U0001f600".strip("\U0001f600"))
print("\xe9t\xe9".lstrip("\xe9"), "\xe9t\xe9".rstrip("\xe9"), " \u65e5 \u672c ".split(), "\u65e5,\u672c".split(","))
print("\u20ac".join(["a", "b", "c"]), "-".join("\xe9\U0001f600"), "\u20ac" * 3, "\u65e5" + "\U0001f600")
print("\xe9\n\u20ac\r\n\U0001f600".splitlines(), "\U0001f600".isspace(), "\u3000".isspace(), "\xe9".isalpha(), "\u0663".isdigit())
print("ABC\xe9".lower(), "abc".upper(), "\u65e5".upper() == "\u65e5", "\xe9" in s, "b\U0001f600c" in s)
