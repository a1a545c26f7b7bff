# and/or return one of their operands, not necessarily a bool.
print(1 and 2, 0 and 2, 1 or 2, 0 or 2)
print('' or 'default', 'value' or 'default')
print(None and 1, None or 0, [] or {}, [] and 1)
print(0 or '' or None, 1 and 'a' and [1])
print(not 0, not 'x', not [], not None)
x = [] or [1]
print(x)
print((1 and None) or 'fallback')
print(0.0 or -0.0, 3 and 0.0)
