# find/index return character (not byte) positions in non-ASCII text
s = "žluťoučký kůň úpěl"
for sub in ("ž", "ť", "kůň", "l", "úpěl", "x", ""):
    print(repr(sub), s.find(sub), s.rfind(sub), s.count(sub), sub in s)
print(s.index("ů"), s.rindex("ú"), s.find("l", 2), s.rfind("l", 0, 5), s[s.find("kůň"):][:3])
try:
    s.index("q")
except ValueError as e:
    print(type(e).__name__)
