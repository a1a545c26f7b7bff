# with-statement exits see exceptions and may suppress them
class CM:
    def __init__(self, suppress):
        self.suppress = suppress
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, typ, val, tb):
        print("exit", None if typ is None else typ.__name__)
        return self.suppress
for suppress in (False, True):
    try:
        with CM(suppress):
            raise ValueError("boom")
        print("after with")
    except ValueError:
        print("propagated")
with CM(False) as c:
    print("body", c.suppress)
def f():
    with CM(False):
        return "returned"
print(f())
