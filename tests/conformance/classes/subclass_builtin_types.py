# Subclasses of built-in types (list, dict, str, int, tuple): inherited methods, overrides, super().
class MyList(list):
    def total(self):
        return sum(self)

    def first(self):
        return self[0]


l = MyList([3, 1, 2])
l.append(5)
print(l, len(l), l.total(), l.first(), l[1:3], isinstance(l, list), type(l).__name__)
l.sort()
print(l, 5 in l)
l.tag = "t"
print(l.tag)


class Stack(list):
    def push(self, v):
        self.append(v)

    def peek(self):
        return self[-1]


s = Stack()
s.push(1)
s.push(2)
print(s.peek(), s.pop(), s, len(s))


class UpperDict(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)


d = UpperDict()
d["a"] = 1
d["b"] = 2
print(sorted(d.items()), d["A"], "A" in d, len(d))


class DefaultDict(dict):
    def __missing__(self, key):
        return "missing"

    def get2(self, k):
        return self.get(k, "none")


dd = DefaultDict(x=1)
print(dd["x"], dd.get2("x"), dd.get2("y"))


class MyStr(str):
    def shout(self):
        return self.upper() + "!"


ms = MyStr("hi")
print(ms, ms.shout(), len(ms), ms == "hi", ms + " there", isinstance(ms, str))
print({ms: 1}["hi"])


class MyInt(int):
    def double(self):
        return self * 2


mi = MyInt(21)
print(mi, mi.double(), mi + 1, mi == 21, isinstance(mi, int))


class MyTuple(tuple):
    def second(self):
        return self[1]


mt = MyTuple((1, 2, 3))
print(mt, mt.second(), len(mt), mt.count(2))


class ListWithInit(list):
    def __init__(self, n):
        super().__init__(range(n))
        self.n = n


lw = ListWithInit(3)
print(lw, lw.n)


class LenOverride(list):
    def __len__(self):
        return 100


print(len(LenOverride([1])))


class GetItemOverride(list):
    def __getitem__(self, i):
        return "item%d" % i


print(GetItemOverride([1, 2])[0])
