# str() and repr() of nested containers and strings with quotes
vals = [[1, "a", None], ("x",), {"k": [1, (2,)]}, [[]], ((),), {1: {2: {}}}, "it's", 'say "hi"', "both ' and \"", "tab\tnew\n", [b"b", 1.5, -0.0, True]]
for v in vals:
    print(str(v), repr(v))
print(str(), repr(""), str(123), str(-4.5), str(2**80))
