# __exit__ that suppresses or lets exceptions through, with return and break
class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, typ, val, tb):
        print("exit", typ.__name__ if typ else None, val.args if val else None)
        return self.suppress
with CM(True):
    raise ValueError("gone")
print("after suppressed")
try:
    with CM(False):
        raise KeyError("kept")
except KeyError as e:
    print("outer", e.args)
def f():
    with CM(False):
        return "returned"
print(f())
for i in range(3):
    with CM(True):
        if i == 1:
            break
        raise ValueError("loop")
print("loop end", i)
