# raising classes, instances, re-raising, and raise ... from None
def kinds():
    for thing in [ValueError, ValueError("inst"), KeyError, IndexError(1, 2)]:
        try:
            raise thing
        except Exception as e:
            print(type(e).__name__, e.args)
kinds()
def reraise():
    try:
        raise TypeError("first")
    except TypeError:
        raise
try:
    reraise()
except TypeError as e:
    print("reraised", e.args)
try:
    try:
        raise ValueError("inner")
    except ValueError:
        raise KeyError("replacement") from None
except KeyError as e:
    print("from None", e.args)
for bad in [1, "str", None, object()]:
    try:
        raise bad
    except TypeError:
        print(type(bad).__name__, "TypeError")
