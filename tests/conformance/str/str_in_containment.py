# Substring containment with empty, overlapping and unicode needles
hay = "the quick brown fox"
for needle in ("", "the", "fox", "quick brown", "Fox", "x", "the quick brown fox!", " ", "ick b"):
    print(repr(needle), needle in hay, needle not in hay, hay.find(needle))
print("€" in "a€b", "é" in "e", "aa" in "aaa", "" in "")
try:
    print(None in "abc")
except TypeError as e:
    print(type(e).__name__)
