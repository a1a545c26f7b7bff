# split/rsplit/join/strip family on bytes
data = [b"a,b,,c", b"", b",", b"  spaced  words  ", b"one"]
for d in data:
    print(d.split(b","), d.split(), d.rsplit(b",", 1))
print(b"a b c d".split(None, 2), b"a b c d".rsplit(None, 2))
print(b"x--y--z".split(b"--"), b"x--y--z".split(b"--", 0))
print(b"-".join([b"a", b"b", b"c"]), b"".join([]), b", ".join([b"x"]))
print(b"-".join([bytearray(b"q"), b"r"]))
for bad in ([1, 2], ["s"], [b"a", "b"]):
    try:
        print(b"-".join(bad))
    except TypeError:
        print("TypeError")
for s in [b"  pad  ", b"\t\nx\r ", b"", b"xxhixx"]:
    print(s.strip(), s.lstrip(), s.rstrip(), s.strip(b"x"))
try:
    b"a,b".split(b"")
except ValueError:
    print("ValueError empty sep")
