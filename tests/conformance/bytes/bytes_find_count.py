# find/rfind/index/rindex/count with subsequences and bounds
b = b"abracadabra"
subs = [b"a", b"ab", b"ra", b"z", b"", b"abracadabra", b"abracadabrax"]
for s in subs:
    print(s, b.find(s), b.rfind(s), b.count(s))
for args in [(b"a", 1), (b"a", 1, 4), (b"a", -3), (b"a", 20), (b"bra", 2, 11), (b"bra", 2, 10)]:
    print(args, b.find(*args), b.rfind(*args))
for s in (b"cad", b"q"):
    try:
        print(b.index(s), b.rindex(s))
    except ValueError:
        print("ValueError", s)
print(b"".find(b""), b"".count(b""), b"".find(b"a"))
print(b.startswith(b"abr"), b.startswith(b"bra", 1), b.endswith(b"bra"), b.endswith(b""))
print(b"a" in b, b"cad" in b, b"" in b, b"dab" in b"")
print(97 in b, 122 in b)
