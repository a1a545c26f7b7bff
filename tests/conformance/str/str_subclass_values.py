# A str subclass: equal to and hashed like plain str; methods and operators return plain str
class Name(str):
    def shout(self):
        return self.upper() + "!"
n = Name("alice")
print(n, len(n), n == "alice", "alice" == n, hash(n) == hash("alice"), isinstance(n, str), type(n).__name__)
print(n.shout(), type(n.upper()).__name__, type(n + "x").__name__, type(n[1:3]).__name__, type(n[0]).__name__, type(str(n)).__name__)
d = {"alice": 1}
print(d[n], n in d, {n: 2}["alice"], n in ["alice"], "lic" in n, n.startswith("al"), n.split("i"))
print([c for c in n], sorted([Name("b"), "a", Name("c")]), n * 2, "%s|%5s" % (n, n), "{}".format(n), f"{n}|{n!r}")
