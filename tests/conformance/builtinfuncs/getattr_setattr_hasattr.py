# getattr/setattr/hasattr/delattr with defaults and missing names
class Box:
    x = 1
b = Box()
setattr(b, "y", 2)
print(getattr(b, "x"), getattr(b, "y"), getattr(b, "z", "dflt"), hasattr(b, "y"), hasattr(b, "z"))
delattr(b, "y")
print(hasattr(b, "y"))
for call in (lambda: getattr(b, "z"), lambda: delattr(b, "y")):
    try:
        call()
    except AttributeError:
        print("AttributeError")
for call in (lambda: getattr(b, 1), lambda: setattr(b, None, 1), lambda: hasattr(b, 2)):
    try:
        call()
    except TypeError:
        print("TypeError")
print(getattr("", "upper", None) is not None, hasattr([], "append"), hasattr("", "nope"))
try:
    setattr(1, "foo", 2)
except AttributeError:
    print("AttributeError builtin")
