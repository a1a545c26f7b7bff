# raising things that are not exceptions is a TypeError
for bad in (1, "text", None, [], object(), int):
    try:
        raise bad
    except TypeError:
        print("TypeError", type(bad).__name__)
class NotExc:
    pass
try:
    raise NotExc
except TypeError:
    print("TypeError class")
try:
    raise
except RuntimeError:
    print("RuntimeError bare raise")
