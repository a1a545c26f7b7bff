# Length, indexing, slicing and iteration of non-ASCII text
s = "héllo wörld €ω𝄞"
print(len(s), s[1], s[-1], s[-2], s[7:12], s[::-1] == "".join(reversed(s)))
print([ord(c) for c in s[-4:]], "".join(chr(c) for c in (233, 8364, 119070)))
print(s.find("€"), s.index("ω"), s.count("l"), "ö" in s)
print(s.split(" "), s.replace("ö", "o"), s.encode("utf-8")[:8])
b = s.encode()
print(len(b), b.decode() == s, bytes(s, "utf-8") == b)
print("€" * 3, "→".join(["a", "b"]))
print(sorted("ωαβ"), max("aé"), min("€a"), "é" > "e", "𝄞" > "€")
for i, c in enumerate("añ€"):
    print(i, ord(c), len(c.encode()))
