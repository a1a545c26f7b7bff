# splitlines with every kind of line ending and keepends
texts = ["a\nb", "a\r\nb", "a\rb", "a\n\nb\n", "\n", "", "no newline", "x\r\n\r\ny"]
for t in texts:
    print(repr(t), t.splitlines(), t.splitlines(True))
print("a\nb".splitlines(keepends=True), "a\nb".split("\n"))
