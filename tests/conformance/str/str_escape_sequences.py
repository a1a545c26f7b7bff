# Escape sequences in string literals produce the expected code points
lits = ["\n", "\t", "\\", "\'", "\"", "\x41", "\101", "\0", "\x7f", "\u00e9", "\u20ac",
        "\U0001F600", "\a", "\b", "\f", "\v", "\r", "\1234"]
for s in lits:
    print(len(s), [ord(c) for c in s])
print(r"\n" == "\\n", len(r"\x41"), "a\
b")
print("""line1
line2""".split("\n"), 'it''s', "tab\there".split("\t"))
