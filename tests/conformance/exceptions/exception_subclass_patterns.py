# User exception classes: with and without __init__, super().__init__, attributes, matching by hierarchy.
class MyError(Exception):
    pass


try:
    raise MyError("boom")
except MyError as e:
    print(type(e).__name__, e.args, str(e))
except Exception:
    print("wrong")

try:
    raise MyError
except MyError as e:
    print("class raised", e.args)


class WithInit(ValueError):
    def __init__(self, code, msg):
        super().__init__(msg)
        self.code = code


try:
    raise WithInit(42, "bad value")
except ValueError as e:
    print(e.code, e.args, str(e), isinstance(e, WithInit), isinstance(e, Exception))


class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b


e = NoSuper(1, 2)
print(e.total, e.args)


class CustomStr(Exception):
    def __str__(self):
        return "custom message"


print(str(CustomStr(1)))


class Hierarchy(Exception):
    pass


class Leaf(Hierarchy):
    pass


for cls in (Leaf, Hierarchy, KeyError):
    try:
        raise cls("x")
    except Leaf:
        print("leaf")
    except Hierarchy:
        print("hierarchy")
    except LookupError:
        print("lookup")

try:
    try:
        raise Leaf("inner")
    except Hierarchy as e:
        raise MyError("outer")
except MyError as e:
    print("caught", e)

e = ValueError("v")
e2 = MyError(1, 2)
print(e.args, e2.args, len(e2.args))
print(isinstance(MyError(), BaseException), issubclass(MyError, Exception))
print(MyError.__bases__ == (Exception,))


class Attrs(Exception):
    pass


a = Attrs("m")
a.extra = 5
print(a.extra, a.args)


def f():
    raise WithInit(1, "from f")


try:
    f()
except WithInit as err:
    print("from function", err.code)
