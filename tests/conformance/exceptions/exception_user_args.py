# user exception classes with custom __init__, attributes and str
class AppError(Exception):
    def __init__(self, code, text="?"):
        super().__init__(code, text)
        self.code = code
class Quiet(AppError):
    pass
for exc in (AppError(1), AppError(2, "two"), Quiet(3, "q")):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, e.code, e.args, isinstance(e, Quiet))
class NoArgs(Exception):
    def __init__(self):
        pass
e = NoArgs()
print(e.args, str(e) == "")
class WithStr(Exception):
    def __str__(self):
        return "custom"
print(str(WithStr(1)), WithStr(1).args)
try:
    AppError()
except TypeError:
    print("TypeError missing arg")
