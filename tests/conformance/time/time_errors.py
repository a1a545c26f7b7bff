import time


def attempt(label, f):
    try:
        f()
        print(label, "no error")
    except Exception as e:
        print(label, type(e).__name__)


attempt("gmtime str", lambda: time.gmtime("x"))
attempt("localtime list", lambda: time.localtime([1]))
attempt("mktime int", lambda: time.mktime(5))
attempt("mktime short", lambda: time.mktime((2020, 1, 1)))
attempt("mktime long", lambda: time.mktime((2020, 1, 1, 0, 0, 0, 0, 0, 0, 0)))
attempt("mktime str field", lambda: time.mktime(("2020", 1, 1, 0, 0, 0, 0, 0, 0)))
attempt("sleep str", lambda: time.sleep("1"))
attempt("sleep none", lambda: time.sleep(None))
attempt("gmtime two", lambda: time.gmtime(1, 2))
