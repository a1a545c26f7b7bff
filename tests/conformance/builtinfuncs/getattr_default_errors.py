# getattr/setattr/delattr/hasattr on instances, classes and with wrong name types
class P:
    cls_attr = 1
p = P()
setattr(p, "x", 5)
print(getattr(p, "x"), getattr(p, "cls_attr"), getattr(p, "nope", "dflt"), hasattr(p, "x"), hasattr(P, "x"), getattr(P, "cls_attr"))
delattr(p, "x")
print(hasattr(p, "x"), getattr(p, "x", None))
try:
    getattr(p, "x")
except AttributeError:
    print("AttributeError")
try:
    delattr(p, "x")
except AttributeError:
    print("AttributeError del")
for args in [(p, 1), (p, None, 1)]:
    try:
        getattr(*args)
    except TypeError:
        print("TypeError")
print(getattr(1, "real", "no") in (1, "no"), hasattr([], "append"), hasattr((), "append"))
