# Lexicographic ordering of strings, including prefixes, case and unicode
words = ["", "a", "A", "ab", "abc", "b", "Z", "z", "aa", "a b", "1"]
print(sorted(words))
for a in words[:6]:
    print(repr(a), "".join("<" if a < b else ("=" if a == b else ">") for b in words))
print("abc" < "abd", "abc" < "ab", "" < "a", "a" * 3 == "aaa", "Ab" < "ab")
print(max(words), min(words[1:]), "b" > "a" > "" , "a" <= "a" >= "a")
print(sorted(["b10", "b9", "b1"]), sorted(["x", "X", "y", "Y"], reverse=True))
