# Iterating strings: iter/next, exhaustion, enumerate, zip, map, unpacking and membership in loops
it = iter("abc")
print(next(it), next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration:
    print("StopIteration")
print(list(enumerate("xyz", 1)), list(zip("abc", "12")), list(map(ord, "AZ")), [c * 2 for c in "ab"])
a, b, c = "xyz"
print(a, b, c)
first, *rest = "hello"
print(first, rest)
try:
    p, q = "abc"
except ValueError:
    print("ValueError")
print(sorted("banana"), "".join(sorted(set("banana"))), max("hello"), min("hello"), list(reversed("abc")))
count = 0
for ch in "mississippi":
    if ch == "s":
        count += 1
print(count, any(c.isdigit() for c in "ab1"), all(c.isalpha() for c in "ab1"), tuple("")) 
it2 = iter("")
print(next(it2, None), list(iter("q")), "".join(iter("stream")))
