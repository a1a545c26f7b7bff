# String methods on the empty string and with empty arguments
e = ""
print(repr(e.strip()), e.split(), e.split(","), e.rsplit(","), e.splitlines())
print(e.find(""), e.rfind(""), e.count(""), "abc".count(""), "abc".find(""), "abc".rfind(""))
print(e.replace("", "x"), "ab".replace("", "-"), e.startswith(""), e.endswith(""))
print(e.upper() == e, e.isdigit(), e.isalpha(), e.isspace(), e.isupper(), e.islower())
print(e.join([]), ",".join([]), ",".join([""]), ",".join(["", ""]), e * 5, "ab" * 0, "ab" * -3)
print(e.partition(","), e.rpartition(","), "a,b".partition(""[:0] + ","))
print(len(e), e in "abc", "" in "", list(e), e[0:0], e[5:], e[::-1] == e)
for name in ("split", "partition", "rpartition"):
    try:
        getattr("abc", name)("")
    except ValueError as ex:
        print(name, type(ex).__name__)
try:
    e[0]
except IndexError as ex:
    print(type(ex).__name__)
