# replace, partition, case and classification methods
b = b"Hello World 42"
print(b.lower(), b.upper())
print(b.replace(b"o", b"0"), b.replace(b"o", b"", 1), b.replace(b"zz", b"y"))
print(b.partition(b" "), b.rpartition(b" "), b.partition(b"#"), b.rpartition(b"#"))
for t in [b"", b"abc", b"ABC", b"123", b"   ", b"a1", b"Ab"]:
    print(t, t.isalpha(), t.isdigit(), t.isspace(), t.isupper(), t.islower())
print(b"a\nb\r\nc".splitlines(), b"".splitlines(), b"x\n".splitlines())
print(b"ab".center(6), b"ab".center(7, b"*"))
