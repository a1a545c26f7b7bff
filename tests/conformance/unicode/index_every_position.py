# Indexing and slicing by code point across 1-, 2-, 3- and 4-byte UTF-8 characters, every position
s = "a\xa9\xff\u0123\u0800\uffee\U0001f44c"
n = len(s)
print(n)
for i in range(-n, n):
    print(i, ord(s[i]), len(s[:i]), len(s[i:]), ord(s[i:][0]))
for i in range(n + 1):
    for j in range(i, n + 1):
        part = s[i:j]
        print(i, j, len(part), [ord(c) for c in part])
for bad in (n, -n - 1, 100, -100):
    try:
        s[bad]
    except IndexError:
        print("IndexError", bad)
