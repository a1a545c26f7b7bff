# user exception classes with __init__, extra attributes and __str__
class AppError(Exception):
    def __init__(self, code, detail):
        super().__init__(code, detail)
        self.code = code
        self.detail = detail
    def __str__(self):
        return "[%d] %s" % (self.code, self.detail)
class NotFound(AppError):
    def __init__(self, name):
        super().__init__(404, "no " + name)
        self.name = name
for exc in [AppError(500, "boom"), NotFound("page")]:
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, str(e), e.args, e.code, e.detail, isinstance(e, NotFound))
e = NotFound("x")
print(e.name, getattr(e, "code"), "%s" % e, "{}".format(e), [str(e)])
