# Strings that are equal however they were built hash equal and find the same dict and set entries
parts = ["ab", "c"]
variants = ["abc", "ab" + "c", "".join(parts), "xabcx"[1:4], "%s%s" % ("ab", "c"), "{}{}".format("a", "bc"), "cba"[2] + "cba"[1] + "cba"[0], "ABC".lower(), str(b"abc", "utf-8"), "a" "bc"]
print(all(v == "abc" for v in variants), len(set(variants)), len({hash(v) for v in variants}))
d = {"abc": 1}
print([d[v] for v in variants])
long1 = "x" * 300 + "y"
long2 = "".join(["x"] * 300) + "y"
print(long1 == long2, hash(long1) == hash(long2), {long1: 5}[long2])
acc = ""
for ch in "abc":
    acc += ch
print(acc == "abc", acc in d, hash(acc) == hash("abc"))
print(hash("") == hash(""), "" == "".join([]), {"": 0}["" + ""], hash("a") == hash("b"[:0] + "a"))
